"""Seeded generator of bench/corpora/heldout31/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind; none is a real
credential or copied from documentation. Secrets whose real format allows letters outside hex carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept); hex-only secrets (W&B API keys,
Jupyter tokens, SigV4 signatures) cannot carry one without breaking their shape and are plain random hex.
main() refuses a duplicate message, a secret not in its message, any AKIA/ASIA, a marker in a clean line and a
non-hex secret without a marker. (heldout30's helper layer with the seed, the month (June 2029) and all templates
new for this round's ML products.)"""
import json
import os
import random
import string
from urllib.parse import quote

R = random.Random("heldout31/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64A = string.ascii_letters + string.digits + "+/"
URLS = string.ascii_letters + string.digits + "-_"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEXKINDS = ("wandb-api-key", "jupyter-server-token", "s3-presigned-url-signature")
ACCT = "381492760153"
REG = "us-east-2"


def rs(alpha, n):
    while True:
        v = "".join(R.choice(alpha) for _ in range(n))
        if "AKIA" not in v and "ASIA" not in v and not any(m in v for m in MARKS):
            return v


def MARK(v, word=None, lo=1):
    w = word or R.choice(["INVENT", "EXAMPLE", "Invent", "Example"])
    i = R.randint(lo, len(v) - len(w) - 1)
    return v[:i] + w + v[i + len(w):]


def A(n):
    return rs(AN, n)


def L(n):
    return rs(LO, n)


def H(n):
    return rs(HEX, n)


def D(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def IP():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def TS():
    return "2029-06-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def TK():
    return "2029-06-%02d %02d:%02d:%02d,%s" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3))


# ------------------------------------------------------------------ secret shapes (all invented)
def HF():
    return "hf_" + MARK(A(34))


def WANDB():
    return H(40)


def OPENAI():
    if R.random() < 0.5:
        return "sk-proj-" + MARK(rs(URLS, 74)) + "T3BlbkFJ" + rs(URLS, 74)
    return "sk-" + MARK(A(20)) + "T3BlbkFJ" + A(20)


def ANTHROPIC():
    return "sk-ant-api03-" + MARK(rs(URLS, 93)) + "AA"


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9"]) + A(R.randint(10, 16)) + R.choice(["!", "%", "9", "#", "z"])


def AWSSK():
    return MARK(rs(B64A, 40))


def AKID():
    return "AKXC" + rs(UP, 16)


def STS():
    return "IQoJb3JpZ2luX2VjE" + MARK(rs(B64A, R.choice([380, 440, 500])), lo=30) + "="


def PCSK():
    return "pcsk_" + L(5) + "_" + MARK(A(63))


def PCUUID():
    u = UUID()
    return u[:24] + R.choice(["Invent", "INVENT"]) + u[30:]


def SIG():
    return H(64)


def JUP():
    return H(48)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ planted lines
def tkl(lvl, src, msg):
    return "%s %s %s %s" % (TK(), src, lvl, msg)


def pod(log):
    return json.dumps({"time": TS(), "stream": "stdout", "_p": "F", "log": log, "kubernetes": {"pod_name": "%s-%s-%s" % (R.choice(["tgi-guard-8b", "vllm-assist-70b", "vllm-coder-32b"]), L(9), L(5)), "namespace_name": "llm-serving"}}, separators=(",", ":"))


def planted():
    for _ in range(14):
        s = HF()
        t = R.randint(0, 8)
        if t == 0:
            P("huggingface-token", "HF_TOKEN=%s" % s, s)
        elif t == 1:
            P("huggingface-token", "HUGGING_FACE_HUB_TOKEN=%s" % s, s)
        elif t == 2:
            P("huggingface-token", '    "hub_token": "%s",' % s, s)
        elif t == 3:
            P("huggingface-token", "+ huggingface-cli login --token %s --add-to-git-credential" % s, s)
        elif t == 4:
            P("huggingface-token", pod("Args { model_id: \"tidewater-labs/guard-8b\", revision: None, hf_token: Some(\"%s\"), sharded: None, num_shard: Some(%d) }" % (s, R.choice([1, 2, 4]))), s)
        elif t == 5:
            P("huggingface-token", "Cloning into 'guard-8b'... (git clone https://svc-ml:%s@huggingface.co/tidewater-labs/guard-8b)" % s, s)
        elif t == 6:
            P("huggingface-token", "SM_HP_HUB_TOKEN=%s" % s, s)
        elif t == 7:
            P("huggingface-token", pod("INFO %s [arg_utils.py:%d] env: HF_HUB_ENABLE_HF_TRANSFER=1 HF_TOKEN=%s VLLM_WORKER_MULTIPROC_METHOD=spawn" % ("06-%02d %02d:%02d:%02d" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(1000, 1100), s)), s)
        else:
            P("huggingface-token", "%s DEBUG [embed-backfill] snapshot_download(repo_id='driftwood/embed-base-v5', token='%s', revision='main')" % (TK(), s), s)
    for _ in range(12):
        s = WANDB()
        t = R.randint(0, 5)
        if t == 0:
            P("wandb-api-key", "WANDB_API_KEY=%s" % s, s)
        elif t == 1:
            P("wandb-api-key", "+ wandb login %s" % s, s)
        elif t == 2:
            P("wandb-api-key", "machine api.wandb.ai\n  login user\n  password %s" % s, s)
        elif t == 3:
            P("wandb-api-key", 'SM_TRAINING_ENV={"hyperparameters":{"epochs":%d,"report_to":"wandb","wandb_api_key":"%s"},"current_host":"algo-1"}' % (R.randint(1, 4), s), s)
        elif t == 4:
            P("wandb-api-key", "export WANDB_API_KEY='%s' WANDB_PROJECT=kestrel" % s, s)
        else:
            P("wandb-api-key", "%s [INFO] [job-%s] env WANDB_MODE=online WANDB_API_KEY=%s WANDB_ENTITY=marlinspike" % (TS(), L(6), s), s)
    for _ in range(10):
        s = OPENAI()
        t = R.randint(0, 3)
        if t == 0:
            P("openai-api-key", "OPENAI_API_KEY=%s" % s, s)
        elif t == 1:
            P("openai-api-key", '[DEBUG]\t%s\t%s\tjudge client headers: {"Authorization": "Bearer %s", "Content-Type": "application/json"}' % (TS(), UUID(), s), s)
        elif t == 2:
            P("openai-api-key", "%s INFO [nightly-eval] llm-judge config: provider=openai model=gpt-4o-mini api_key=%s temperature=0.0" % (TK(), s), s)
        else:
            P("openai-api-key", '      - name: OPENAI_API_KEY\n        value: "%s"' % s, s)
    for _ in range(9):
        s = ANTHROPIC()
        t = R.randint(0, 3)
        if t == 0:
            P("anthropic-api-key", "ANTHROPIC_API_KEY=%s" % s, s)
        elif t == 1:
            P("anthropic-api-key", "%s DEBUG httpx: request headers {'x-api-key': '%s', 'anthropic-version': '2023-06-01'}" % (TK(), s), s)
        elif t == 2:
            P("anthropic-api-key", 'LITELLM env: {"ANTHROPIC_API_KEY": "%s", "LITELLM_LOG": "DEBUG"}' % s, s)
        else:
            P("anthropic-api-key", "+ export ANTHROPIC_API_KEY=%s" % s, s)
    for _ in range(10):
        s = PW()
        u = R.choice(["svc-training", "ci-mlflow", "ds-" + L(5)])
        t = R.randint(0, 3)
        if t == 0:
            P("mlflow-tracking-password", "MLFLOW_TRACKING_URI=https://%s:%s@mlflow.saltgrass.internal" % (u, quote(s, safe="")), quote(s, safe=""))
        elif t == 1:
            P("mlflow-tracking-password", "MLFLOW_TRACKING_PASSWORD=%s" % s, s)
        elif t == 2:
            P("mlflow-tracking-password", "%s INFO [train] mlflow.set_tracking_uri('https://%s:%s@mlflow.saltgrass.internal/')" % (TK(), u, quote(s, safe="")), quote(s, safe=""))
        else:
            P("mlflow-tracking-password", "2029/06/%02d %02d:%02d:%02d INFO mlflow.server.auth: admin_username=admin admin_password=%s (from basic_auth.ini)" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), s), s)
    for _ in range(11):
        s = PW()
        t = R.randint(0, 4)
        if t == 0:
            P("database-password", "FEAST_OFFLINE_DSN=postgresql+psycopg://feast:%s@feature-store.cluster-c%s.%s.rds.amazonaws.com:5432/features" % (quote(s, safe=""), L(11), REG), quote(s, safe=""))
        elif t == 1:
            P("database-password", "online_store:\n    type: redis\n    connection_string: \"feast-online.%s.use2.cache.amazonaws.com:6379,ssl=true,password=%s\"" % (L(6), s), s)
        elif t == 2:
            P("database-password", "offline_store:\n    type: postgres\n    host: feature-store.cluster-c%s.%s.rds.amazonaws.com\n    user: feast\n    password: %s" % (L(11), REG, s), s)
        elif t == 3:
            P("database-password", "%s INFO feast.infra.online_stores.redis: connecting rediss://:%s@feast-online.%s.use2.cache.amazonaws.com:6379/0" % (TK(), quote(s, safe=""), L(6)), quote(s, safe=""))
        else:
            P("database-password", "MLFLOW_BACKEND_STORE_URI=postgresql://mlflow:%s@mlflow-db.cluster-c%s.%s.rds.amazonaws.com:5432/mlflow" % (quote(s, safe=""), L(11), REG), quote(s, safe=""))
    for _ in range(11):
        s = AWSSK()
        t = R.randint(0, 3)
        if t == 0:
            P("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY=%s" % s, s)
        elif t == 1:
            P("aws-secret-access-key", '    "AWS_ACCESS_KEY_ID": "%s",\n    "AWS_SECRET_ACCESS_KEY": "%s",' % (AKID(), s), s)
        elif t == 2:
            P("aws-secret-access-key", "[rank0]: os.environ dump: AWS_DEFAULT_REGION=%s AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s NCCL_DEBUG=INFO" % (REG, AKID(), s), s)
        else:
            P("aws-secret-access-key", "aws_secret_access_key = %s" % s, s)
    for _ in range(7):
        s = STS()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-session-token", "AWS_SESSION_TOKEN=%s" % s, s)
        elif t == 1:
            P("aws-session-token", '{"AccessKeyId":"%s","SecretAccessKey":"<masked>","Token":"%s","Expiration":"2029-06-%02dT18:00:00Z"}' % (AKID(), s, R.randint(2, 27)), s)
        else:
            q = quote(s, safe="")
            P("aws-session-token", "%s DEBUG [ray] presign query before signing: https://gannet-ray-results.s3.%s.amazonaws.com/perception-ft/%s/report.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F2029060%d%%2F%s%%2Fs3%%2Faws4_request&X-Amz-Date=2029060%dT%02d%02d%02dZ&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s" % (TK(), REG, L(6), AKID(), R.randint(1, 9), REG, R.randint(1, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), q), q)
    for _ in range(9):
        s = PCSK() if R.random() < 0.7 else PCUUID()
        t = R.randint(0, 2)
        if t == 0:
            P("pinecone-api-key", "PINECONE_API_KEY=%s" % s, s)
        elif t == 1:
            P("pinecone-api-key", "%s DEBUG [rag-indexer] Pinecone(api_key='%s', environment=None, host='https://docs-v5-%s.svc.aped-%s-%s.pinecone.io')" % (TK(), s, L(7), D(4), L(4)), s)
        else:
            P("pinecone-api-key", '{"level":"DEBUG","message":"vector store config","vector_store":{"provider":"pinecone","index":"docs-v5","api_key":"%s"}}' % s, s)
    for _ in range(11):
        s = SIG()
        k = "%s/%s/%s" % (R.choice(["model-artifacts", "checkpoints", "eval-reports"]), L(8), R.choice(["model.tar.gz", "checkpoint-4000.tar", "report.html", "predictions.jsonl.out"]))
        url = "https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F202906%02d%%2F%s%%2Fs3%%2Faws4_request&X-Amz-Date=202906%02dT%02d%02d%02dZ&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
            R.choice(["marlinspike-ml-artifacts", "fernhollow-async-out", "driftwood-ml-eval"]), REG, k, AKID(), R.randint(2, 27), REG, R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice([900, 3600, 604800]), s)
        t = R.randint(0, 2)
        if t == 0:
            P("s3-presigned-url-signature", "%s INFO [nightly-eval] report ready: %s" % (TK(), url), s)
        elif t == 1:
            P("s3-presigned-url-signature", '{"level":"INFO","message":"async inference output","OutputLocation":"%s"}' % url, s)
        else:
            P("s3-presigned-url-signature", "[INFO]\t%s\t%s\tdownload link for reviewer: %s" % (TS(), UUID(), url), s)
    for _ in range(9):
        s = JUP()
        t = R.randint(0, 3)
        host = "ip-%s" % IP().replace(".", "-")
        if t == 0:
            P("jupyter-server-token", "[I 2029-06-%02d %02d:%02d:%02d.%s ServerApp]     http://%s:8888/lab?token=%s" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3), host, s), s)
        elif t == 1:
            P("jupyter-server-token", "        http://127.0.0.1:8888/tree?token=%s" % s, s)
        elif t == 2:
            P("jupyter-server-token", "JUPYTER_TOKEN=%s" % s, s)
        else:
            P("jupyter-server-token", "    Or copy and paste one of these URLs:\n        http://%s:8888/lab?token=%s\n        http://127.0.0.1:8888/lab?token=%s" % (host, s, s), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    cl = [
        lambda: "model_id=%s revision=%s" % (R.choice(["tidewater-labs/guard-8b", "marlinspike/kestrel-8b-base", "driftwood/embed-base-v5"]), H(40)),
        lambda: "HF_TOKEN=hf_%s" % ("*" * R.choice([8, 34])),
        lambda: "HF_TOKEN=${HF_TOKEN}",
        lambda: '    "hub_token": null,',
        lambda: "huggingface-cli login --token <your_hf_token>",
        lambda: "Token is valid (permission: %s). Your token has been saved to /root/.cache/huggingface/token (token name: %s)" % (R.choice(["read", "fineGrained"]), R.choice(["ci-readonly", "sagemaker-pull", "tgi-eks"])),
        lambda: "WANDB_API_KEY=%s" % R.choice(["***", "<redacted>", "********************"]),
        lambda: "wandb: 🚀 View run kestrel-8b-sft-%s at: https://wandb.ai/marlinspike/kestrel/runs/%s" % (L(5), L(8)),
        lambda: "wandb: Run data is saved locally in /opt/ml/output/wandb/run-202906%02d_%02d%02d%02d-%s" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), L(8)),
        lambda: "OPENAI_API_KEY=sk-...%s (masked)" % A(4),
        lambda: "ANTHROPIC_API_KEY={{resolve:secretsmanager:llm/anthropic:SecretString:api_key}}",
        lambda: "secret arn:aws:secretsmanager:%s:%s:secret:ml/%s-%s mounted at /mnt/secrets" % (REG, ACCT, R.choice(["hf-token", "wandb", "pinecone", "openai"]), A(6)),
        lambda: "MLFLOW_TRACKING_URI=https://mlflow.saltgrass.internal (auth: MLFLOW_TRACKING_USERNAME=%s, password from Secrets Manager)" % R.choice(["svc-training", "ci-mlflow"]),
        lambda: "MLFLOW_TRACKING_PASSWORD=${MLFLOW_PW}",
        lambda: "FEAST_OFFLINE_DSN=postgresql+psycopg://feast@feature-store.cluster-c%s.%s.rds.amazonaws.com:5432/features?sslmode=require (IAM auth)" % (L(11), REG),
        lambda: "    password: ${FEAST_PG_PASSWORD}",
        lambda: "AWS_ACCESS_KEY_ID=%s" % AKID(),
        lambda: "AWS_SECRET_ACCESS_KEY=****************",
        lambda: "Found credentials from IAM Role: %s (expires 2029-06-%02dT%02d:%02d:00Z)" % (R.choice(["sm-exec-claims-v1", "embed-backfill-job-role-v2", "ray-gpu-worker-v3"]), R.randint(2, 27), R.randint(0, 23), R.randint(0, 59)),
        lambda: "PINECONE_INDEX_HOST=https://docs-v5-%s.svc.aped-%s-%s.pinecone.io" % (L(7), D(4), L(4)),
        lambda: "PINECONE_API_KEY=pcsk_****",
        lambda: "training job arn:aws:sagemaker:%s:%s:training-job/kestrel-8b-sft-2029-06-%02d-%02d-%02d-%s" % (REG, ACCT, R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), D(3)),
        lambda: "endpoint arn:aws:sagemaker:%s:%s:endpoint/%s" % (REG, ACCT, R.choice(["support-llm", "reranker-prod-v3", "product-classifier", "summarizer-llm"])),
        lambda: "image %s.dkr.ecr.%s.amazonaws.com/vllm-openai@sha256:%s" % (ACCT, REG, H(64)),
        lambda: "model data s3://marlinspike-ml-artifacts/kestrel-8b-sft/output/model.tar.gz sha256=%s" % H(64),
        lambda: "Saving model checkpoint to /opt/ml/checkpoints/checkpoint-%d" % (R.randint(1, 40) * 250),
        lambda: "tokenizer: vocab_size=%d bos_token_id=%d eos_token_id=%d pad_token_id=%d" % (R.choice([32000, 128256, 151936]), R.randint(0, 128000), R.randint(0, 128010), R.randint(0, 128010)),
        lambda: "prompt token ids (first 8): [%s]" % ", ".join(str(R.randint(100, 128000)) for _ in range(8)),
        lambda: "Avg prompt throughput: %d.%d tokens/s, max_new_tokens=%d, input tokens %d" % (R.randint(10, 900), R.randint(0, 9), R.choice([256, 512, 1024]), R.randint(10, 8000)),
        lambda: "{'loss': 1.%04d, 'grad_norm': 0.%04d, 'learning_rate': 1.%de-05, 'num_tokens': %d.0}" % (R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9), R.randint(10 ** 7, 10 ** 9)),
        lambda: "https://marlinspike-ml-artifacts.s3.%s.amazonaws.com/eval/%s/report.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-SignedHeaders=host&X-Amz-Signature=<redacted>" % (REG, L(8)),
        lambda: "s3://marlinspike-ml-artifacts/%s/%s/output/model.tar.gz" % (R.choice(["kestrel-8b-sft", "tern-1b-dpo", "heron-3b-sft"]), L(12)),
        lambda: "[I 2029-06-%02d %02d:%02d:%02d.%s ServerApp] Jupyter Server 2.14.%d is running at: http://%s:8888/lab?token=..." % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3), R.randint(0, 2), "ip-" + IP().replace(".", "-")),
        lambda: "[W 2029-06-%02d %02d:%02d:%02d.%s ServerApp] 403 GET /api/contents?token=[secret] (%s) %d.%02dms referer=None" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3), IP(), R.randint(0, 9), R.randint(0, 99)),
        lambda: "requestId=%s modelId=anthropic.claude-3-5-sonnet-20241022-v2:0 inputTokenCount=%d" % (UUID(), R.randint(100, 9000)),
        lambda: "W&B run id %s resumed (resume='allow')" % L(8),
        lambda: "git commit %s (train.py, ds_z3.json)" % H(40),
        lambda: "NCCL INFO comm 0x%s rank %d nRanks 32 - Init COMPLETE" % (H(12), R.randint(0, 31)),
        lambda: "api_key=os.environ[\"PINECONE_API_KEY\"]  # read at startup",
        lambda: "x-api-key: [REDACTED] anthropic-version: 2023-06-01",
        lambda: "Authorization: Bearer ${OPENAI_API_KEY}",
        lambda: "ray job submit --address http://%s:8265 --runtime-env-json '{\"pip\": [\"gannet-perception==2.3.1\"], \"env_vars\": {\"HF_HUB_OFFLINE\": \"1\"}}' -- python infer.py" % IP(),
        lambda: "job id raysubmit_%s node id %s" % (A(16), H(56)),
        lambda: "Bedrock guardrail gr-%s version %d; agent %s alias %s" % (L(12), R.randint(1, 4), rs(UP, 10), rs(UP, 10)),
        lambda: "X-Amz-Credential=%s%%2F202906%02d%%2F%s%%2Fs3%%2Faws4_request" % (AKID(), R.randint(2, 27), REG),
    ]
    for i in range(95):
        for _ in range(20):
            m = cl[i % len(cl)]()
            if m not in [r[1] for r in ROWS]:
                C(m)
                break


def main():
    planted()
    clean()
    R.shuffle(ROWS)
    seen = set()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, msg, secret in ROWS:
            for bad in ("AKIA", "ASIA"):
                if bad in msg:
                    raise SystemExit("forbidden prefix in: " + msg)
            if msg in seen:
                raise SystemExit("duplicate: " + msg)
            seen.add(msg)
            if secret is not None:
                assert secret in msg, (kind, msg)
                if kind not in HEXKINDS and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
