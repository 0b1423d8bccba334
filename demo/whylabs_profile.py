"""Profile a small dataframe with whylogs and upload it to WhyLabs."""
import os

import pandas as pd
import whylogs as why

os.environ["WHYLABS_DEFAULT_ORG_ID"] = "org-hiyAxc"
os.environ["WHYLABS_DEFAULT_DATASET_ID"] = "model-1"
os.environ["WHYLABS_API_KEY"] = "6jvYgTjO0B.qQQHrgqmJz3rnXccOuZJOrDX8EaXam3f4JLVL4DGLC3V8OofzaOKc:org-hiyAxc"

why.init()

df = pd.DataFrame({"prompt": ["hello", "what is drift?"], "latency_ms": [120, 340]})
results = why.log(df)
results.writer("whylabs").write()
