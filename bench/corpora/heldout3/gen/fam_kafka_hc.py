"""kafka-msk and hashicorp templates."""
from common import *


def msk_host(n=None):
    n = n or num(1, 3)
    return f"b-{n}.{pick('orders', 'events', 'prod')}-msk.{an(6)}.c{num(2, 9)}.kafka.{region()}.amazonaws.com"


def topic():
    return pick("orders", "payments", "inventory-events", "clickstream", "audit-log")


def k4(d, level, body, logger):
    return f"[{log4j(d)}] {level} {body} ({logger})"


JSTACK_FETCH = ""


def e_replica_fetch():
    d = dt()
    return k4(d, "ERROR", f"[ReplicaFetcher replicaId={num(1, 6)}, leaderId={num(1, 6)}, fetcherId={num(0, 3)}] Error for partition {topic()}-{num(0, 23)} at offset {num(1000, 99999999)}",
              "kafka.server.ReplicaFetcherThread") + "\norg.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition."


def e_disk_full():
    d = dt()
    return (k4(d, "ERROR", f"Error while writing to checkpoint file /kafka/datalogs/{pick('replication-offset-checkpoint', 'recovery-point-offset-checkpoint')}", "kafka.server.LogDirFailureChannel")
            + "\njava.io.IOException: No space left on device"
            + f"\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)"
            + f"\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:{ln(285)})"
            + f"\n\tat org.apache.kafka.server.common.CheckpointFile.write(CheckpointFile.java:{ln(97)})"
            + f"\n\tat kafka.server.checkpoints.CheckpointFileWithFailureHandler.write(CheckpointFileWithFailureHandler.scala:{ln(37)})"
            + f"\n\tat kafka.server.ReplicaManager.checkpointHighWatermarks(ReplicaManager.scala:{ln(2150)})")


def e_connect_sink():
    d = dt()
    c = pick("orders-s3-sink", "events-s3-sink", "audit-s3-sink")
    t = num(0, 5)
    return (f"[{log4j(d)}] ERROR [{c}|task-{t}] WorkerSinkTask{{id={c}-{t}}} Task threw an uncaught and unrecoverable exception. "
            f"Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask)\n"
            f"org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.\n"
            f"\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:{ln(618)})\n"
            f"\tat org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:{ln(336)})\n"
            f"\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:{ln(237)})\n"
            f"Caused by: org.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error of topic {topic()}: \n"
            f"\tat io.confluent.connect.avro.AvroConverter.toConnectData(AvroConverter.java:{ln(148)})\n"
            f"Caused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!")


def e_connect_source():
    d = dt()
    c = pick("pg-orders-source", "pg-billing-source", "mysql-cdc-source")
    t = 0
    return (f"[{log4j(d)}] ERROR [{c}|task-{t}] WorkerSourceTask{{id={c}-{t}}} Task threw an uncaught and unrecoverable exception. "
            f"Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask)\n"
            f"org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped.\n"
            f"\tat io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:{ln(67)})\n"
            f"\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:{ln(180)})\n"
            f"Caused by: org.postgresql.util.PSQLException: ERROR: replication slot \"{pick('debezium_orders', 'debezium_billing', 'dbz_slot')}\" is active for PID {pid()}")


def e_streams():
    d = dt()
    app = pick("orders-enricher", "fraud-scorer", "inventory-agg")
    th = f"{app}-{uuid()}-StreamThread-{num(1, 4)}"
    return (f"{log4j(d).replace(',', '.')}  ERROR {num(1, 9)} --- [{th[-15:]}] o.a.k.s.p.internals.StreamThread         : "
            f"stream-thread [{th}] Encountered the following exception during processing and the thread is going to shut down: \n"
            f"org.apache.kafka.streams.errors.StreamsException: Deserialization exception handler is set to fail upon a deserialization error. "
            f"If you would rather have the streaming pipeline continue after a deserialization error, please set the default.deserialization.exception.handler appropriately.\n"
            f"\tat org.apache.kafka.streams.processor.internals.RecordDeserializer.deserialize(RecordDeserializer.java:{ln(82)})\n"
            f"\tat org.apache.kafka.streams.processor.internals.RecordQueue.updateHead(RecordQueue.java:{ln(176)})\n"
            f"Caused by: org.apache.kafka.common.errors.SerializationException: Error deserializing JSON message for id -1\n"
            f"Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character ('{pick('<', '}', 'x')}' (code {num(60, 125)})): expected a valid value\n"
            f" at [Source: (byte[])\"...\"; line: 1, column: {num(1, 400)}]")


def e_producer_auth():
    d = dt()
    cid = f"producer-{num(1, 9)}"
    return (f"{log4j(d)} ERROR [kafka-producer-network-thread | {cid}] o.a.k.c.p.i.Sender - [Producer clientId={cid}] "
            f"Aborting producer batches due to fatal error\n"
            f"org.apache.kafka.common.errors.ClusterAuthorizationException: Cluster authorization failed.")


def e_commit_failed():
    d = dt()
    g = pick("orders-consumer", "billing", "search-indexer")
    return (f"{log4j(d)} ERROR [{pick('main', 'consumer-thread-1', 'pool-2-thread-1')}] o.a.k.c.c.i.ConsumerCoordinator - "
            f"[Consumer clientId=consumer-{g}-{num(1, 9)}, groupId={g}] Offset commit failed on partition {topic()}-{num(0, 23)} at offset {num(100, 9999999)}: "
            f"The coordinator is not aware of this member.")


def e_rd_sasl():
    d = dt()
    h = msk_host()
    kind = pick("producer", "consumer")
    return (f"%3|{epoch(d):.3f}|FAIL|rdkafka#{kind}-{num(1, 4)}| [thrd:sasl_ssl://{h}:9096/bootstrap]: sasl_ssl://{h}:9096/bootstrap: "
            f"SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 "
            f"(after {num(20, 900)}ms in state AUTH_REQ{pick('', ', 1 identical error(s) suppressed', ', 4 identical error(s) suppressed')})")


def e_rd_refused():
    d = dt()
    h = msk_host()
    kind = pick("producer", "consumer")
    return (f"%3|{epoch(d):.3f}|FAIL|rdkafka#{kind}-{num(1, 4)}| [thrd:{h}:9092/bootstrap]: {h}:9092/{pick('bootstrap', num(1, 3))}: "
            f"Connect to ipv4#{ip()}:9092 failed: Connection refused (after {num(0, 5)}ms in state CONNECT)")


def e_rd_alldown():
    d = dt()
    n = num(1, 6)
    c = f"rdkafka#{pick('producer', 'consumer')}-{num(1, 4)}"
    return f"%3|{epoch(d):.3f}|ERROR|{c}| [thrd:app]: {c}: {n}/{n} brokers are down"


def e_spring_backoff():
    d = dt()
    t = topic()
    return (f"{iso_ms(d)} ERROR {num(1, 9)} --- [order-service] [ntainer#0-0-C-1] o.s.k.l.DefaultErrorHandler             : "
            f"Backoff FixedBackOff{{interval=0, currentAttempts=10, maxAttempts=9}} exhausted for {t}-{num(0, 11)}@{num(100, 999999)}\n"
            f"org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'public void com.acme.orders.messaging.OrderEventListener.onOrderEvent(com.acme.orders.messaging.OrderEvent)' threw exception\n"
            f"\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.decorateException(KafkaMessageListenerContainer.java:{ln(2869)})\n"
            f"\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:{ln(2814)})\n"
            f"Caused by: java.lang.IllegalStateException: No warehouse assigned for SKU {pick('A', 'B', 'K')}-{num(1000, 99999)}\n"
            f"\tat com.acme.orders.service.AllocationService.allocate(AllocationService.java:{ln(88)})\n"
            f"\tat com.acme.orders.messaging.OrderEventListener.onOrderEvent(OrderEventListener.java:{ln(41)})")


def e_oom_thread():
    return (f"Exception in thread \"kafka-producer-network-thread | producer-{num(1, 9)}\" java.lang.OutOfMemoryError: Java heap space"
            + pick("", f"\n\tat java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:{ln(64)})\n\tat java.base/java.nio.ByteBuffer.allocate(ByteBuffer.java:{ln(363)})"))


KAFKA_GROUPS = [
    ("broker-replica-fetcher-unknown-partition", e_replica_fetch),
    ("broker-checkpoint-no-space", e_disk_full),
    ("connect-sink-task-unknown-magic-byte", e_connect_sink),
    ("connect-source-task-replication-slot-active", e_connect_source),
    ("streams-thread-deserialization-shutdown", e_streams),
    ("producer-cluster-authorization-failed", e_producer_auth),
    ("consumer-offset-commit-unknown-member", e_commit_failed),
    ("librdkafka-sasl-auth-failed", e_rd_sasl),
    ("librdkafka-connect-refused", e_rd_refused),
    ("librdkafka-all-brokers-down", e_rd_alldown),
    ("spring-kafka-backoff-exhausted-no-warehouse", e_spring_backoff),
    ("producer-network-thread-heap-oom", e_oom_thread),
]


def kn_rebalance():
    d = dt()
    g = pick("orders-consumer", "billing", "search-indexer")
    return k4(d, "INFO", f"[GroupCoordinator {num(1, 6)}]: Preparing to rebalance group {g} in state PreparingRebalance with old generation {num(1, 900)} "
                         f"(__consumer_offsets-{num(0, 49)}) (reason: Adding new member consumer-{g}-{num(1, 9)}-{uuid()} with group instance id None)",
              "kafka.coordinator.group.GroupCoordinator")


def kn_delete_segment():
    d = dt()
    return k4(d, "INFO", f"[LocalLog partition={topic()}-{num(0, 23)}, dir=/kafka/datalogs] Deleting segment files LogSegment(baseOffset={num(0, 9999999)}, size={num(1000, 1073741824)}, "
                         f"lastModifiedTime={int(epoch(d) * 1000)}, largestRecordTimestamp=Some({int(epoch(d) * 1000) - 5000}))", "kafka.log.LocalLog$")


def kn_unknown_transient():
    d = dt()
    return k4(d, "WARN", f"[ReplicaFetcher replicaId={num(1, 6)}, leaderId={num(1, 6)}, fetcherId=0] Received UNKNOWN_TOPIC_OR_PARTITION from the leader for partition "
                         f"{topic()}-{num(0, 23)}. This error may be returned transiently when the partition is being created or deleted, but it is not expected to persist.",
              "kafka.server.ReplicaFetcherThread")


def kn_failed_auth_info():
    d = dt()
    return k4(d, "INFO", f"[SocketServer listenerType=ZK_BROKER, nodeId={num(1, 6)}] Failed authentication with /{ip()} (channelId={ip()}:9096-{ip()}:{port()}-{num(0, 99)}) "
                         f"(Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512)", "org.apache.kafka.common.network.Selector")


def kn_unexpected_warn():
    d = dt()
    return k4(d, "WARN", f"[SocketServer listenerType=ZK_BROKER, nodeId={num(1, 6)}] Unexpected error from /{ip()} (channelId={ip()}:9094-{ip()}:{port()}-{num(0, 99)}); closing connection",
              "org.apache.kafka.common.network.Selector") + "\norg.apache.kafka.common.network.InvalidReceiveException: Invalid receive (size = 1195725856 larger than 104857600)"


def kn_client_warn():
    d = dt()
    n = num(1, 3)
    return (f"{log4j(d)} WARN  [kafka-producer-network-thread | producer-{num(1, 9)}] o.a.k.c.NetworkClient - [Producer clientId=producer-{num(1, 9)}] "
            f"Connection to node {n} ({msk_host(n)}/{ip()}:9098) could not be established. Broker may not be available.")


def kn_rd_debug():
    d = dt()
    h = msk_host()
    return f"%7|{epoch(d):.3f}|CONNECT|rdkafka#producer-{num(1, 4)}| [thrd:{h}:9092/bootstrap]: {h}:9092/bootstrap: Connecting to ipv4#{ip()}:9092 (plaintext) with socket {num(5, 90)}"


def kn_rd_maxpoll():
    d = dt()
    return (f"%4|{epoch(d):.3f}|MAXPOLL|rdkafka#consumer-{num(1, 4)}| [thrd:main]: Application maximum poll interval (300000ms) exceeded by {num(5, 9000)}ms "
            f"(adjust max.poll.interval.ms for long-running message processing): leaving group")


def kn_spring_assigned():
    d = dt()
    t = topic()
    return (f"{iso_ms(d)}  INFO {num(1, 9)} --- [order-service] [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : "
            f"order-service-group: partitions assigned: [{t}-{num(0, 3)}, {t}-{num(4, 7)}]")


def kn_spring_retry():
    d = dt()
    return (f"{iso_ms(d)}  WARN {num(1, 9)} --- [order-service] [ntainer#0-0-C-1] o.s.k.l.DefaultErrorHandler             : "
            f"Seek to current after exception; retrying {topic()}-{num(0, 11)}@{num(100, 999999)} (attempt {num(1, 8)} of 9)\n"
            f"org.springframework.kafka.listener.ListenerExecutionFailedException: Listener failed\n"
            f"Caused by: java.net.SocketTimeoutException: Read timed out")


def kn_streams_state():
    d = dt()
    app = pick("orders-enricher", "fraud-scorer")
    return (f"{log4j(d).replace(',', '.')}  INFO {num(1, 9)} --- [-StreamThread-{num(1, 4)}] org.apache.kafka.streams.KafkaStreams      : "
            f"stream-client [{app}-{uuid()}] State transition from REBALANCING to RUNNING")


def kn_connect_commit():
    d = dt()
    c = pick("orders-s3-sink", "events-s3-sink")
    return (f"[{log4j(d)}] INFO [{c}|task-{num(0, 5)}] Committing offsets asynchronously using sequence number {num(1, 9999)}: "
            f"{{{topic()}-{num(0, 11)}=OffsetAndMetadata{{offset={num(100, 999999)}, leaderEpoch=null, metadata=''}}}} (org.apache.kafka.connect.runtime.WorkerSinkTask)")


def kn_connect_errors_tolerated():
    d = dt()
    return (f"[{log4j(d)}] INFO [{pick('events-s3-sink', 'audit-s3-sink')}|task-{num(0, 5)}] Error handling with errors.tolerance=all: {num(0, 0)} records failed, "
            f"{num(1, 9000)} records written (org.apache.kafka.connect.runtime.errors.LogReporter)")


KAFKA_NON = [kn_rebalance, kn_delete_segment, kn_unknown_transient, kn_failed_auth_info, kn_unexpected_warn, kn_client_warn,
             kn_rd_debug, kn_rd_maxpoll, kn_spring_assigned, kn_spring_retry, kn_streams_state, kn_connect_commit,
             kn_connect_errors_tolerated]


# ---------------------------------------------------------------- hashicorp
def hc(d, level, rest):
    pad = {"ERROR": "", "INFO": " ", "WARN": " ", "DEBUG": "", "TRACE": ""}[level]
    return f"{iso_ms(d)[:-1] + pick('Z', '+0000')} [{level}]{pad} {rest}"


def h_lease_revoke():
    d = dt()
    role = pick("readonly", "app-rw", "reporting")
    return hc(d, "ERROR", f"expiration: failed to revoke lease: lease_id=database/creds/{role}/{an(24)} "
                          f"error=\"failed to revoke entry: resp: (*logical.Response)(nil) err: pq: role \\\"v-token-{role}-{an(20)}-{int(epoch(d))}\\\" cannot be dropped because some objects depend on it\"")


def h_db_connect():
    d = dt()
    return hc(d, "ERROR", f"secrets.database.database_{hx(8)}: error creating database object: "
                          f"error=\"error verifying connection: dial tcp {ip()}:5432: connect: connection refused\"")


def h_autoseal():
    d = dt()
    return hc(d, "ERROR", f"core: seal wrapper health test failed: error=\"error performing encryption: operation error KMS: Encrypt, "
                          f"https response error StatusCode: 400, RequestID: {uuid()}, api error AccessDeniedException: "
                          f"User: arn:aws:sts::{acct()}:assumed-role/vault-server/{iid()} is not authorized to perform: kms:Encrypt on this resource "
                          f"because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access\"")


def h_consul_sync():
    d = dt()
    return hc(d, "ERROR", "agent.anti_entropy: failed to sync remote state: error=\"No cluster leader\"")


def h_consul_coord():
    d = dt()
    return hc(d, "ERROR", "agent: Coordinate update error: error=\"ACL not found\"")


def h_memberlist():
    d = dt()
    ipx = ip()
    return hc(d, "ERROR", f"agent.client.memberlist.lan: memberlist: Push/Pull with {host()} failed: dial tcp {ipx}:8301: i/o timeout")


def h_nomad_driver():
    d = dt()
    img = ecr(pick("api", "web", "batch"))
    return hc(d, "ERROR", f"client.alloc_runner.task_runner: running driver failed: alloc_id={uuid()} task={pick('web', 'api', 'worker')} "
                          f"error=\"Failed to pull `{img}`: Error response from daemon: pull access denied for {img.split(':')[0]}, repository does not exist or may require 'docker login'\"")


def ecr(repo):
    return f"{acct()}.dkr.ecr.{region()}.amazonaws.com/{repo}:{num(1, 4)}.{num(0, 30)}.{num(0, 9)}"


def h_json_renew():
    d = dt()
    return ("{\"@level\":\"error\",\"@message\":\"error renewing token\",\"@module\":\"agent.auth.handler\",\"@timestamp\":\"%s\","
            "\"error\":\"Error making API request.\\n\\nURL: PUT https://vault.%s.internal:8200/v1/auth/token/renew-self\\nCode: 403. Errors:\\n\\n* permission denied\"}"
            % (d.isoformat(timespec="microseconds") + "Z", pick("prod", "staging", "shared")))


def h_json_forward():
    d = dt()
    return ("{\"@level\":\"error\",\"@message\":\"error during forwarded RPC request\",\"@module\":\"core\",\"@timestamp\":\"%s\","
            "\"error\":\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp %s:8201: connect: connection refused\\\"\"}"
            % (d.isoformat(timespec="microseconds") + "Z", ip()))


def box(lines, ascii_=False):
    first, mid, last = ("╷", "│", "╵") if not ascii_ else ("", "|", "")
    out = []
    if first:
        out.append(first)
    out += [f"{mid} {l}".rstrip() if l else mid for l in lines]
    if last:
        out.append(last)
    return "\n".join(out)


def h_tf_lock():
    d = dt()
    return box(["Error: Error acquiring the state lock", "",
                "Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID:",
                f"{an(52).upper()}, ConditionalCheckFailedException: The conditional",
                "request failed", "Lock Info:",
                f"  ID:        {uuid()}",
                f"  Path:      tf-state-{acct()}/{pick('envs/prod', 'envs/staging', 'network')}/terraform.tfstate",
                "  Operation: OperationTypeApply",
                f"  Who:       runner@{host()}",
                f"  Version:   1.{num(5, 10)}.{num(0, 8)}",
                f"  Created:   {d.strftime('%Y-%m-%d %H:%M:%S')}.{num(0, 999999999)} +0000 UTC",
                "  Info:", "", "",
                "Terraform acquires a state lock to protect the state from being written",
                "by multiple users at the same time. Please resolve the issue above and try",
                "again. For most commands, you can disable locking with the \"-lock=false\"",
                "flag, but this is not recommended."], ascii_=R.random() < 0.3)


def h_tf_unauthorized():
    line = num(12, 140)
    name = pick("bastion", "worker", "builder", "jumpbox")
    ac = acct()
    return box([f"Error: creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: 403, RequestID: {uuid()}, "
                f"api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::{ac}:assumed-role/ci-deployer/{an(12)} "
                f"is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:{region()}:{ac}:instance/* with an explicit deny in a service control policy. "
                f"Encoded authorization failure message: {an(40)}", "",
                f"  with aws_instance.{name},",
                f"  on {pick('main.tf', 'compute.tf', 'ec2.tf')} line {line}, in resource \"aws_instance\" \"{name}\":",
                f"  {line}: resource \"aws_instance\" \"{name}\" {{", ""], ascii_=R.random() < 0.3)


def h_terragrunt():
    d = dt()
    mod = f"/builds/infra/live/{pick('prod', 'staging')}/{pick('vpc', 'rds', 'eks', 'iam')}"
    if R.random() < 0.5:
        return f"ERRO[{num(1, 300):04d}] Module {mod} has finished with an error: Hit multiple errors:\nHit multiple errors:\nexit status 1  prefix=[{mod}] "
    return f"time={d.isoformat(timespec='seconds')}Z level=error msg=Module {mod} has finished with an error: Hit multiple errors:\nHit multiple errors:\nexit status 1 prefix=[{mod}]"


HC_GROUPS = [
    ("vault-lease-revoke-role-dependencies", h_lease_revoke),
    ("vault-database-connection-refused", h_db_connect),
    ("vault-autoseal-kms-access-denied", h_autoseal),
    ("consul-anti-entropy-no-leader", h_consul_sync),
    ("consul-coordinate-acl-not-found", h_consul_coord),
    ("consul-memberlist-pushpull-timeout", h_memberlist),
    ("nomad-driver-pull-access-denied", h_nomad_driver),
    ("vault-agent-json-renew-permission-denied", h_json_renew),
    ("vault-json-forwarded-rpc-refused", h_json_forward),
    ("terraform-state-lock-failed", h_tf_lock),
    ("terraform-ec2-runinstances-unauthorized", h_tf_unauthorized),
    ("terragrunt-module-finished-with-error", h_terragrunt),
]


def hn_mounted():
    d = dt()
    return hc(d, "INFO", f"core: successfully mounted: type={pick('kv', 'database', 'aws', 'pki')} version=\"v0.{num(10, 22)}.{num(0, 5)}+builtin\" "
                         f"path={pick('secret', 'database', 'aws', 'pki')}/ namespace=\"ID: root. Path: \"")


def hn_synced():
    d = dt()
    return hc(d, "INFO", f"agent: Synced service: service={pick('web', 'api', 'payments')}-{num(1, 9)}")


def hn_debug_in_sync():
    d = dt()
    return hc(d, "DEBUG", f"agent: Node info in sync: node={host()} error=<nil>")


def hn_warn_health():
    d = dt()
    return hc(d, "WARN", f"agent: error getting server health from server: server={host()} error=\"context deadline exceeded\"")


def hn_warn_critical():
    d = dt()
    return hc(d, "WARN", f"agent: Check is now critical: check=service:{pick('web', 'api', 'payments')}-{num(1, 9)}")


def hn_revoked():
    d = dt()
    return hc(d, "INFO", f"expiration: revoked lease: lease_id=database/creds/{pick('readonly', 'app-rw')}/{an(24)}")


def hn_nomad_event():
    d = dt()
    return hc(d, "INFO", f"client.alloc_runner.task_runner: Task event: alloc_id={uuid()} task={pick('web', 'api')} type=\"Restart Signaled\" "
                         f"msg=\"healthcheck: check \\\"{pick('web', 'api')}-http\\\" unhealthy\" failed=false")


def hn_json_info():
    d = dt()
    return ("{\"@level\":\"info\",\"@message\":\"renewed auth token\",\"@module\":\"agent.auth.handler\",\"@timestamp\":\"%s\",\"errors\":0,\"ttl\":\"%dh\"}"
            % (d.isoformat(timespec="microseconds") + "Z", num(1, 32)))


def hn_json_warn():
    d = dt()
    return ("{\"@level\":\"warn\",\"@message\":\"retrying request after error\",\"@module\":\"agent.cache\",\"@timestamp\":\"%s\",\"attempt\":%d,\"error\":\"unexpected EOF\"}"
            % (d.isoformat(timespec="microseconds") + "Z", num(1, 3)))


def hn_tf_apply():
    return f"Apply complete! Resources: {num(0, 20)} added, {num(0, 20)} changed, {num(0, 5)} destroyed."


def hn_tf_plan():
    return f"Plan: {num(0, 30)} to add, {num(0, 30)} to change, {num(0, 9)} to destroy."


def hn_tf_still():
    return f"aws_{pick('db_instance', 'instance', 'eks_node_group', 'nat_gateway')}.{pick('main', 'primary', 'this', 'workers')}: Still creating... [{num(1, 40) * 10}s elapsed]"


def hn_tf_warning():
    name = pick("logs", "artifacts", "backups")
    line = num(5, 90)
    return box(["Warning: Argument is deprecated", "",
                f"  with aws_s3_bucket.{name},", f"  on s3.tf line {line}, in resource \"aws_s3_bucket\" \"{name}\":",
                f"  {line}:   acl    = \"private\"", "",
                "Use the aws_s3_bucket_acl resource instead"])


def hn_tg_info():
    d = dt()
    return f"INFO[{num(1, 300):04d}] Executing hook: tflint prefix=[/builds/infra/live/{pick('prod', 'staging')}/{pick('vpc', 'rds', 'eks')}] "


HC_NON = [hn_mounted, hn_synced, hn_debug_in_sync, hn_warn_health, hn_warn_critical, hn_revoked, hn_nomad_event,
          hn_json_info, hn_json_warn, hn_tf_apply, hn_tf_plan, hn_tf_still, hn_tf_warning, hn_tg_info]
