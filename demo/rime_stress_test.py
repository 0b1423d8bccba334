"""Start a stress test on the Robust Intelligence (RI) platform."""
from rime_sdk import Client

CLUSTER_URL = "rime.example.rbst.io"
API_TOKEN = "7dbc2bba7b85385698f10cad56f3726eb375c05f1357a9c3ee375a117e57654a"  # value of the API access token

rime_client = Client(CLUSTER_URL, API_TOKEN)
project = rime_client.get_project("a1b2c3d4-0000-4000-8000-000000000000")
job = rime_client.start_stress_test(test_run_config={"run_name": "nightly"}, project_id=project.project_id)
job.get_status(verbose=True, wait_until_finish=True)
