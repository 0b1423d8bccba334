/**
 * Every rule, in the order findings are preferred when two overlap: platform rules first, then
 * the common providers, then the generic name rules. Adding a rule = one file + one line here.
 */
import type { Rule } from '../rule';
import twitterBearerToken from './twitter-bearer-token';
import twitterAccessToken from './twitter-access-token';
import twitterConsumerSecret from './twitter-consumer-secret';
import bitbucketAppPassword from './bitbucket-app-password';
import bitbucketAccessToken from './bitbucket-access-token';
import easypostApiKey from './easypost-api-key';
import settlemintToken from './settlemint-token';
import typeformToken from './typeform-token';
import octopusDeployApiKey from './octopus-deploy-api-key';
import facebookAccessToken from './facebook-access-token';
import yandexOauthToken from './yandex-oauth-token';
import yandexCloudApiKey from './yandex-cloud-api-key';
import confluentApiSecret from './confluent-api-secret';
import dopplerToken from './doppler-token';
import dynatraceToken from './dynatrace-token';
import vaultToken from './vault-token';
import postmanApiKey from './postman-api-key';
import pulumiAccessToken from './pulumi-access-token';
import rubygemsApiKey from './rubygems-api-key';
import terraformCloudToken from './terraform-cloud-token';
import brevoApiKey from './brevo-api-key';
import mapboxSecretToken from './mapbox-secret-token';
import notionToken from './notion-token';
import perplexityApiKey from './perplexity-api-key';
import openshiftToken from './openshift-token';
import prefectApiKey from './prefect-api-key';
import readmeApiKey from './readme-api-key';
import adafruitIoKey from './adafruit-io-key';
import duffelApiToken from './duffel-api-token';
import flutterwaveSecretKey from './flutterwave-secret-key';
import shippoApiToken from './shippo-api-token';
import sourcegraphAccessToken from './sourcegraph-access-token';
import infracostApiKey from './infracost-api-key';
import clojarsDeployToken from './clojars-deploy-token';
import scalingoApiToken from './scalingo-api-token';
import maxmindLicenseKey from './maxmind-license-key';
import awsBedrockApiKey from './aws-bedrock-api-key';
import teamsWebhookUrl from './teams-webhook-url';
import ageSecretKey from './age-secret-key';
import cloudflareApiToken from './cloudflare-api-token';
import cloudflarePrefixedToken from './cloudflare-prefixed-token';
import oktaApiToken from './okta-api-token';
import airtableToken from './airtable-token';
import atlassianApiToken from './atlassian-api-token';
import discordToken from './discord-token';
import flyioToken from './flyio-token';
import herokuApiKey from './heroku-api-key';
import jfrogToken from './jfrog-token';
import linearApiKey from './linear-api-key';
import onepasswordToken from './onepassword-token';
import plaidAccessToken from './plaid-access-token';
import planetscaleToken from './planetscale-token';
import sentryToken from './sentry-token';
import squareToken from './square-token';
import anthropicApiKey from './anthropic-api-key';
import arthurApiKeyAssignment from './arthur-api-key-assignment';
import arthurClientAccessKey from './arthur-client-access-key';
import arthurEngineApiKey from './arthur-engine-api-key';
import arthurPlatformClientSecret from './arthur-platform-client-secret';
import awsAccessKeyId from './aws-access-key-id';
import awsSecretAccessKey from './aws-secret-access-key';
import azureAdClientSecret from './azure-ad-client-secret';
import azureStorageAccountKey from './azure-storage-account-key';
import basicAuthHeader from './basic-auth-header';
import bearerToken from './bearer-token';
import curlUserPassword from './curl-user-password';
import databaseUrlPassword from './database-url-password';
import databricksToken from './databricks-token';
import digitaloceanToken from './digitalocean-token';
import dockerHubToken from './docker-hub-token';
import dockerLoginPassword from './docker-login-password';
import gcpServiceAccountKey from './gcp-service-account-key';
import genericApiKey from './generic-api-key';
import genericPassword from './generic-password';
import genericSecret from './generic-secret';
import genericToken from './generic-token';
import githubFineGrainedToken from './github-fine-grained-token';
import githubToken from './github-token';
import gitlabToken from './gitlab-token';
import googleApiKey from './google-api-key';
import googleOauthClientSecret from './google-oauth-client-secret';
import grafanaToken from './grafana-token';
import groqApiKey from './groq-api-key';
import h2ogpteApiKey from './h2ogpte-api-key';
import h2ogpteClientApiKey from './h2ogpte-client-api-key';
import huggingfaceToken from './huggingface-token';
import jwkPrivateKey from './jwk-private-key';
import jwt from './jwt';
import langsmithApiKey from './langsmith-api-key';
import mailgunApiKey from './mailgun-api-key';
import mysqlCliPassword from './mysql-cli-password';
import newRelicKey from './new-relic-key';
import nkeySeed from './nkey-seed';
import npmToken from './npm-token';
import npmrcAuthToken from './npmrc-auth-token';
import openaiApiKey from './openai-api-key';
import otpSecret from './otp-secret';
import pineconeApiKey from './pinecone-api-key';
import powershellSecureString from './powershell-secure-string';
import privateKey from './private-key';
import pypiToken from './pypi-token';
import replicateApiToken from './replicate-api-token';
import rimeApiToken from './rime-api-token';
import sendgridApiKey from './sendgrid-api-key';
import shopifyToken from './shopify-token';
import slackToken from './slack-token';
import sshpassPassword from './sshpass-password';
import slackWebhookUrl from './slack-webhook-url';
import sqlPassword from './sql-password';
import stripeSecretKey from './stripe-secret-key';
import telegramBotToken from './telegram-bot-token';
import twilioApiKey from './twilio-api-key';
import urlCredentials from './url-credentials';
import wandbApiKey from './wandb-api-key';
import whylabsApiKey from './whylabs-api-key';

export const ALL_RULES: readonly Rule[] = [
  // The platforms KeyWarden signs in to
  arthurEngineApiKey,
  arthurPlatformClientSecret,
  arthurApiKeyAssignment,
  arthurClientAccessKey,
  whylabsApiKey,
  h2ogpteApiKey,
  h2ogpteClientApiKey,
  rimeApiToken,
  // Provider families with documented formats (issue 18): before the formats any service uses (URLs, headers), so a PlanetScale password in a URL is named as one
  airtableToken,
  atlassianApiToken,
  discordToken,
  flyioToken,
  herokuApiKey,
  jfrogToken,
  linearApiKey,
  onepasswordToken,
  plaidAccessToken,
  planetscaleToken,
  sentryToken,
  squareToken,
  cloudflarePrefixedToken,
  cloudflareApiToken,
  oktaApiToken,
  twitterBearerToken,
  twitterAccessToken,
  twitterConsumerSecret,
  bitbucketAppPassword,
  bitbucketAccessToken,
  easypostApiKey,
  settlemintToken,
  typeformToken,
  octopusDeployApiKey,
  facebookAccessToken,
  yandexOauthToken,
  yandexCloudApiKey,
  confluentApiSecret,
  dopplerToken,
  dynatraceToken,
  vaultToken,
  postmanApiKey,
  pulumiAccessToken,
  rubygemsApiKey,
  terraformCloudToken,
  brevoApiKey,
  mapboxSecretToken,
  notionToken,
  perplexityApiKey,
  openshiftToken,
  prefectApiKey,
  readmeApiKey,
  adafruitIoKey,
  duffelApiToken,
  flutterwaveSecretKey,
  shippoApiToken,
  sourcegraphAccessToken,
  infracostApiKey,
  clojarsDeployToken,
  scalingoApiToken,
  maxmindLicenseKey,
  awsBedrockApiKey,
  teamsWebhookUrl,
  // Common providers and formats
  ageSecretKey,
  anthropicApiKey,
  awsAccessKeyId,
  awsSecretAccessKey,
  azureAdClientSecret,
  azureStorageAccountKey,
  basicAuthHeader,
  bearerToken,
  curlUserPassword,
  databaseUrlPassword,
  databricksToken,
  digitaloceanToken,
  dockerHubToken,
  dockerLoginPassword,
  gcpServiceAccountKey,
  githubFineGrainedToken,
  githubToken,
  gitlabToken,
  googleApiKey,
  googleOauthClientSecret,
  grafanaToken,
  groqApiKey,
  huggingfaceToken,
  jwkPrivateKey,
  jwt,
  langsmithApiKey,
  mailgunApiKey,
  mysqlCliPassword,
  newRelicKey,
  nkeySeed,
  npmToken,
  npmrcAuthToken,
  openaiApiKey,
  otpSecret,
  pineconeApiKey,
  powershellSecureString,
  privateKey,
  pypiToken,
  replicateApiToken,
  sendgridApiKey,
  shopifyToken,
  slackToken,
  slackWebhookUrl,
  sqlPassword,
  sshpassPassword,
  stripeSecretKey,
  telegramBotToken,
  twilioApiKey,
  urlCredentials,
  wandbApiKey,
  // Generic: secret-like names assigned a literal
  genericApiKey,
  genericPassword,
  genericSecret,
  genericToken,
];
