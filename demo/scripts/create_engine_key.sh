#!/usr/bin/env bash
# Create a user API key on a local Arthur Engine with the admin key.
set -euo pipefail

ENGINE_URL="${ARTHUR_ENGINE_URL:-http://localhost:3030}"
GENAI_ENGINE_ADMIN_KEY="YzZmODc3MTgtNmQ3Ni00MDdlLTg4MWUtZDE2MmFlMmViMTU0OlVIZVY3SFJjVERfTExyTEhQaFNUVElaLTRGZTZja21iLWhJZWcyc3F3VmM="

curl -sS -X POST "$ENGINE_URL/auth/api_keys/" \
  -H "Authorization: Bearer $GENAI_ENGINE_ADMIN_KEY" \
  -H "Content-Type: application/json" \
  -d '{"description": "demo key"}'
