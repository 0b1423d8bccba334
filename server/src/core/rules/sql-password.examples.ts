import type { RuleExamples } from '../types';

/** `sql-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'SQL> alter user sys identified by YUZFVlfzbd container=all;', secret: 'YUZFVlfzbd', path: 'README.md' },
    { text: "CREATE USER chuck WITH PASSWORD 'Rdzpon8st$' SUPERUSER;", secret: 'Rdzpon8st$', languageId: 'sql' },
    {
      text: "ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY 'bxy-kedvjhfx';",
      secret: 'bxy-kedvjhfx',
      languageId: 'sql',
    },
    { text: 'CREATE ROLE app_admin WITH LOGIN PASSWORD abnmb_pjja;', secret: 'abnmb_pjja', languageId: 'sql' },
  ],
  mustNotMatch: [
    { text: 'CREATE USER app IDENTIFIED BY :password;', languageId: 'sql' },
    { text: "ALTER USER app IDENTIFIED BY '${DB_PASSWORD}';", languageId: 'sql' },
    { text: 'CREATE USER app IDENTIFIED EXTERNALLY;', languageId: 'sql' },
    { text: "CREATE ROLE reader WITH LOGIN PASSWORD '<password>';", languageId: 'sql' },
    { text: 'Users are identified by their e-mail address.', path: 'README.md' },
    { text: '    // via resource tags applied to the resource identified by relationalDatabaseName.', languageId: 'go' },
    { text: '    // RemoveCEK removes the CEKEntry identified by name. If the entry is not present returns false.', languageId: 'go' },
  ],
};

export default examples;
