"""Ask a question about a collection with the Enterprise h2oGPTe Python client."""
from h2ogpte import H2OGPTE

client = H2OGPTE(
    address="https://h2ogpte.genai.h2o.ai",
    api_key="sk-qQ4ARteT9cGWAO98J1i14o7juDk00FBJC1XThH2IV3QcGG2J",
)

collection_id = client.create_collection(name="Contracts", description="Paper clip supply contracts")
chat_session_id = client.create_chat_session(collection_id)
with client.connect(chat_session_id) as session:
    reply = session.query("How many paper clips were shipped to Scranton?", timeout=60)
    print(reply.content)
