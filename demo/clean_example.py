"""The fixed form: every credential comes from the environment (KeyWarden sets these in terminals)."""
import os

import requests

ENGINE_URL = os.environ.get("ARTHUR_ENGINE_URL", "http://localhost:3030")


def list_tasks() -> list[dict]:
    headers = {"Authorization": f"Bearer {os.environ['ARTHUR_API_KEY']}"}
    response = requests.get(f"{ENGINE_URL}/api/v2/tasks", headers=headers, timeout=10)
    response.raise_for_status()
    return response.json()["records"]
