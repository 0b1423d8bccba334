"""Send a trace to an Arthur Engine running locally and list its tasks."""
import os

import requests

# Someone "set the variable" in code so the SDK would pick it up: still a hard-coded key.
os.environ["ARTHUR_API_KEY"] = "NjUxMzI3MGUtMjY5ZS00ZDM3LWIyYTctNGRlNDUyZTZiNDM4OnBnd1Mwb2tZWFpVTzZJRTJDUlp2YXhFOUY0MXNEOU9RSF9JNW9hQ1Y4Zzg="

ENGINE_URL = os.environ.get("ARTHUR_ENGINE_URL", "http://localhost:3030")

# A second key, pasted straight into a variable.
ADMIN_KEY = "MGNiMWUyOWMtNjU4Yy00YTE0LTk1ZTYtMGFmNTkzYmQwNGNmOi1UZ0xqdHNpU21za2loNlNUb19Rcmk0YWxKS2pNRjhZakxZUWtBLWVOSDg="


def list_tasks() -> list[dict]:
    headers = {"Authorization": f"Bearer {os.environ['ARTHUR_API_KEY']}"}
    response = requests.get(f"{ENGINE_URL}/api/v2/tasks", headers=headers, timeout=10)
    response.raise_for_status()
    return response.json()["records"]


def create_user_key(description: str) -> str:
    response = requests.post(
        f"{ENGINE_URL}/auth/api_keys/",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        json={"description": description},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()["key"]


if __name__ == "__main__":
    for task in list_tasks():
        print(task["id"], task["name"])
