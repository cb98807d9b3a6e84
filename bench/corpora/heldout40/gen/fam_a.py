"""Families: geth114-lighthouse5-eth-nodes-ec2, bitcoind28-debug-log-ec2-cwagent.

The invented regulated digital-asset exchange "saltmarsh" (eu-west-2, domain saltmarsh.example) runs its own chain
nodes on EC2 for deposit detection and withdrawal broadcast. Ethereum: go-ethereum 1.14 (terminal log format
`LVL  [MM-DD|hh:mm:ss.mmm] Message<padded to 40> key=value ...`) paired with Lighthouse 5 as the consensus client
(slog term format `Mar 05 13:04:11.123 INFO Message<padded> key: value, ..., service: name`); both run as systemd units
whose journal the CloudWatch agent ships into one log group, so systemd's own lines about the units appear too.
Bitcoin: Bitcoin Core 28 `debug.log` (`-logtimestamps`, categories shown as `[net]`, `[mempool]`, level-tagged
warnings/errors), tailed by the CloudWatch agent; the hot wallet is loaded as `hot-wallet`."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    geth, lh_ts, btc_ts, h256, eaddr, btc_hash, txid)

# ---------------------------------------------------------------- geth114-lighthouse5-eth-nodes-ec2
F1 = "geth114-lighthouse5-eth-nodes-ec2"
NODES = ["eth-node-a", "eth-node-b", "eth-node-c"]


def blk(R):
    return R.randint(35080000, 35190000)


def slot(R):
    return R.randint(24290000, 24330000)


def short(R):
    return "0x%s…%s" % (hexs(R, 4), hexs(R, 4))


def lh(R, lvl, msg, kv):
    return "%s %s %s %s" % (lh_ts(R), lvl, msg.ljust(39), kv)


def sysd(R, unit, msg):
    return "systemd[1]: %s: %s" % (unit, msg)


def e_jwt(R):
    # the rebuilt node-c AMI generates a fresh /secrets/jwt.hex for geth while Lighthouse still reads the old file
    # from the data volume: every engine API call gets 401 and geth never sees a consensus client
    t = R.random()
    if t < 0.45:
        return lh(R, "ERRO", "Error during execution engine upcheck", "error: HttpClient(url: http://127.0.0.1:8551/, kind: status_code, detail: 401 Unauthorized), service: exec")
    if t < 0.7:
        return lh(R, "WARN", "Not ready for Bellatrix", "info: The execution endpoint is connected and configured, however it is not yet synced or is not responding to authenticated requests, service: slot_notifier")
    if t < 0.85:
        return geth(R, "WARN", "Post-merge network, but no beacon client seen. Please launch one to follow the chain!")
    return lh(R, "CRIT", "Beacon node is not synced to the execution layer", "head_slot: %d, current_slot: %d, exec_status: Offline, service: slot_notifier" % (slot(R) - R.randint(50, 900), slot(R)))


def e_disk(R):
    # the chaindata gp3 volume (2 TiB) was never resized after the state growth; geth stops importing
    t = R.random()
    if t < 0.4:
        return geth(R, "ERROR", "Low disk space. Gracefully shutting down Geth to prevent database corruption.", "available=%.2fGiB path=/data/geth/geth" % R.uniform(0.4, 2.5))
    if t < 0.75:
        return geth(R, "ERROR", "Failed to write block into disk", "number=%d hash=%s err=\"write /data/geth/geth/chaindata/%06d.ldb: no space left on device\"" % (blk(R), short(R), R.randint(100000, 999999)))
    return geth(R, "CRIT", "Failed to commit trie", "root=%s err=\"pebble: write /data/geth/geth/chaindata/%06d.log: no space left on device\"" % (short(R), R.randint(100000, 999999)))


def e_clock(R):
    # the hardened AMI blocks UDP 123 and has no Amazon Time Sync source configured; node clocks drift
    t = R.random()
    if t < 0.6:
        return geth(R, "WARN", "System clock seems off by %.3fs, which can prevent network connectivity" % R.uniform(-48, -9))
    return geth(R, "WARN", "Please enable network time synchronisation in system settings.", "")  if R.random() < 0.5 else lh(R, "WARN", "Block arrived after 12s deadline", "delay_ms: %d, slot: %d, system_clock_offset_ms: %d, service: beacon" % (R.randint(12100, 40000), slot(R), -R.randint(9000, 48000)))


def e_oom(R):
    # Lighthouse 5 with --reconstruct-historic-states on an r6i.large (16 GiB): the kernel OOM killer ends it
    t = R.random()
    if t < 0.35:
        return sysd(R, "lighthouse-bn.service", "Main process exited, code=killed, status=9/KILL")
    if t < 0.65:
        return sysd(R, "lighthouse-bn.service", "Failed with result 'oom-kill'.")
    if t < 0.85:
        return "kernel: Out of memory: Killed process %d (lighthouse) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:0" % (R.randint(1000, 9999), R.randint(20000000, 26000000), R.randint(15000000, 16100000), R.randint(30000, 40000))
    return sysd(R, "lighthouse-bn.service", "Consumed %dmin %.3fs CPU time, %.1fG memory peak." % (R.randint(10, 400), R.uniform(0, 60), R.uniform(15.1, 15.9)))


def e_ckpt(R):
    # the checkpoint-sync provider revoked the exchange's key; rebuilt beacon nodes cannot start
    t = R.random()
    if t < 0.5:
        return lh(R, "CRIT", "Failed to start beacon node", "reason: \"Unable to fetch checkpoint state: HttpClient(url: https://checkpoint.nodeworks.example/, kind: status_code, detail: 403 Forbidden)\"")
    if t < 0.75:
        return lh(R, "ERRO", "Remote BN checkpoint sync failed", "error: 403 Forbidden, url: https://checkpoint.nodeworks.example/eth/v2/debug/beacon/states/finalized, attempt: %d" % R.randint(1, 5))
    return sysd(R, "lighthouse-bn.service", "Main process exited, code=exited, status=1/FAILURE")


def geth_negs():
    def n_import(R):
        return geth(R, "INFO", "Imported new potential chain segment", "number=%d hash=%s blocks=1 txs=%d mgas=%.3f elapsed=%.3fms mgasps=%.3f triediffs=%.2fMiB triedirty=%.2fMiB" % (blk(R), short(R), R.randint(40, 420), R.uniform(6, 36), R.uniform(40, 400), R.uniform(60, 400), R.uniform(500, 1024), R.uniform(200, 1024)))

    def n_head(R):
        return geth(R, "INFO", "Chain head was updated", "number=%d hash=%s root=%s elapsed=%.3fms" % (blk(R), short(R), short(R), R.uniform(1, 12)))

    def n_peers(R):
        return geth(R, "INFO", "Looking for peers", "peercount=%d tried=%d static=0" % (R.randint(3, 50), R.randint(20, 200)))

    def n_synced(R):
        return lh(R, "INFO", "Synced", "peers: \"%d\", exec_hash: \"%s (verified)\", finalized_checkpoint: { epoch: %d, root: %s }, epoch: %d, block: \"%s\", slot: %d, service: slot_notifier" % (R.randint(60, 110), short(R), R.randint(759000, 760300), short(R), R.randint(759000, 760300), short(R), slot(R)))

    def n_newblock(R):
        return lh(R, "INFO", "New block received", "root: %s, slot: %d, service: beacon" % (h256(R), slot(R)))

    def n_heal(R):
        return geth(R, "WARN", "Unexpected trienode heal packet", "peer=%s reqid=%d" % (hexs(R, 8), R.randint(10 ** 17, 10 ** 18)))

    def n_drop(R):
        return geth(R, "DEBUG", "Removing p2p peer", "peercount=%d id=%s duration=%s req=false err=\"%s\"" % (R.randint(20, 50), hexs(R, 16), pick(R, ["%.3fs" % R.uniform(1, 60), "%dm%ds" % (R.randint(1, 59), R.randint(0, 59))]), pick(R, ["too many peers", "disconnect requested", "useless peer", "read tcp %s:30303->%s:%d: i/o timeout" % (ip10(R, 40), pubip(R), R.randint(1024, 65000))])))

    def n_fcu(R):
        return geth(R, "INFO", "Forkchoice requested sync to new head", "number=%d hash=%s finalized=%d" % (blk(R), short(R), blk(R) - 64))

    def n_dialed(R):
        return geth(R, "INFO", "Started P2P networking", "self=enode://%s@%s:30303" % (hexs(R, 128), ip10(R, 40)))

    def n_served(R):
        return geth(R, "DEBUG", "Served eth_getLogs", "conn=%s:%d reqid=%d duration=%.3fms" % (ip10(R, 41), R.randint(30000, 65000), R.randint(1, 99999), R.uniform(0.5, 80)))

    def n_rpcerr(R):
        # the deposit watcher probes with a block number not yet mined: a plain client-side error
        return geth(R, "DEBUG", "Served eth_getBlockByNumber", "conn=%s:%d reqid=%d duration=%.3fµs err=\"header not found\"" % (ip10(R, 41), R.randint(30000, 65000), R.randint(1, 99999), R.uniform(30, 900)))

    def n_txpool(R):
        return geth(R, "INFO", "Submitted transaction", "hash=%s from=%s nonce=%d recipient=%s value=%d" % (h256(R), eaddr(R), R.randint(1, 90000), eaddr(R), R.randint(10 ** 15, 10 ** 19)))

    def n_attn(R):
        return lh(R, "INFO", "Execution engine online", "service: exec")

    def n_lowpeer(R):
        return lh(R, "DEBUG", "Peer disconnected", "peer_id: 16Uiu2HA%s, reason: %s, service: libp2p" % (alnum(R, 45), pick(R, ["TooManyPeers", "IrrelevantNetwork", "Goodbye(ClientShutdown)", "FaultyPeer"])))

    def n_chkpt(R):
        return lh(R, "INFO", "Saved beacon chain to disk", "service: beacon")

    def n_blobs(R):
        return lh(R, "WARN", "Could not verify blob sidecar for gossip. Ignoring the blob sidecar", "error: BlobParentUnknown, slot: %d, commitment: %s, service: beacon" % (slot(R), short(R)))

    def n_start(R):
        return sysd(R, pick(R, ["geth.service", "lighthouse-bn.service"]), pick(R, ["Started %s." % pick(R, ["Go Ethereum execution client", "Lighthouse beacon node"]), "Scheduled restart job, restart counter is at 1."]))

    def n_snap(R):
        return geth(R, "INFO", "Writing snapshot state to disk", "root=%s" % short(R))

    def n_gpo(R):
        return geth(R, "INFO", "Gas price oracle", "block=%d base_fee=%.2fgwei suggested_tip=%.2fgwei errors=0" % (blk(R), R.uniform(3, 40), R.uniform(0.01, 2)))

    def n_disk(R):
        return geth(R, "INFO", "Database compaction finished", "level=%d elapsed=%.3fs" % (R.randint(0, 6), R.uniform(0.2, 40)))

    return [n_import, n_head, n_peers, n_synced, n_newblock, n_heal, n_drop, n_fcu, n_dialed, n_served, n_rpcerr, n_txpool,
            n_attn, n_lowpeer, n_chkpt, n_blobs, n_start, n_snap, n_gpo, n_disk]


def fam_geth(R):
    return build(R, F1, [("engine-jwt-secret-mismatch", e_jwt), ("chaindata-volume-full", e_disk),
                         ("ntp-blocked-clock-drift", e_clock, 8), ("lighthouse-oom-kill-historic-states", e_oom),
                         ("checkpoint-sync-provider-403", e_ckpt, 8)], geth_negs())


# ---------------------------------------------------------------- bitcoind28-debug-log-ec2-cwagent
F2 = "bitcoind28-debug-log-ec2-cwagent"


def bh(R):
    return R.randint(1147200, 1148600)


def bl(R, msg):
    return "%s %s" % (btc_ts(R), msg)


def peer(R):
    return R.randint(1, 4000)


def b_disk(R):
    # the pruned node's data volume (prune=0 after a config template change) filled up: no more blocks
    t = R.random()
    if t < 0.35:
        return bl(R, "[error] Disk space is too low!")
    if t < 0.6:
        return bl(R, "*** Disk space is too low!")
    if t < 0.85:
        return bl(R, "[error] WriteBlockToDisk: OpenBlockFile failed for FlatFilePos(nFile=%d, nPos=%d)" % (R.randint(4100, 4200), R.randint(0, 134000000)))
    return bl(R, "[error] A fatal internal error occurred, see debug.log for details: Failed to write block (height %d)" % bh(R))


def b_notify(R):
    # -walletnotify points at /opt/saltmarsh/bin/deposit-notify.sh, not installed on the new AMI: deposits
    # to the hot wallet are not announced to the ledger
    return bl(R, "[hot-wallet] runCommand error: system(/opt/saltmarsh/bin/deposit-notify.sh %s hot-wallet) returned 32512" % txid(R))


def b_queue(R):
    # the deposit scanner was scaled to 24 workers against rpcworkqueue=16: RPC calls are refused
    if R.random() < 0.8:
        return bl(R, "[warning] WARNING: request rejected because http work queue depth exceeded, it can be increased with the -rpcworkqueue= setting")
    return bl(R, "[http] Rejected %d requests in the last 60s (work queue 16/16, clients %s, %s)" % (R.randint(50, 900), ip10(R, 42), ip10(R, 42)))


def b_fee(R):
    # the withdrawal service pins fee_rate=1 sat/vB from a stale config while the mempool minimum is higher:
    # withdrawals are created but never relayed
    t = R.random()
    w = txid(R)
    if t < 0.55:
        return bl(R, "[hot-wallet] Submitting wtx %s to mempool for relay failed: mempool min fee not met, %d < %d" % (w, R.randint(140, 400), R.randint(900, 6000)))
    return bl(R, "[hot-wallet] CommitTransaction(): Transaction cannot be broadcast immediately, mempool min fee not met (wtxid %s, fee_rate 1.000 sat/vB)" % w)


def b_stale(R):
    # a new egress NACL drops TCP 8333: the node keeps only inbound-less stale connections and the tip stops moving
    return bl(R, "Potential stale tip detected, will try using extra outbound peer (last tip update: %d seconds ago)" % R.randint(1800, 14000))


def btc_negs():
    def n_tip(R):
        h = bh(R)
        return bl(R, "UpdateTip: new best=%s height=%d version=0x%08x log2_work=%.6f tx=%d date='2030-03-%02dT%02d:%02d:%02dZ' progress=1.000000 cache=%.1fMiB(%dtxo)" % (
            btc_hash(R), h, pick(R, [0x20000000, 0x2000e000, 0x3fff0000, 0x20a00000]), 95.0 + R.random(), R.randint(1290000000, 1310000000), R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.uniform(100, 450), R.randint(800000, 3000000)))

    def n_outbound(R):
        return bl(R, "[net] New %s peer connected: version: 70016, blocks=%d, peer=%d" % (pick(R, ["outbound-full-relay", "block-relay-only"]), bh(R), peer(R)))

    def n_header(R):
        return bl(R, "Saw new header hash=%s height=%d" % (btc_hash(R), bh(R)))

    def n_mempool(R):
        return bl(R, "[mempool] AcceptToMemoryPool: peer=%d: accepted %s (wtxid=%s) (poolsz %d txn, %d kB)" % (peer(R), txid(R), txid(R), R.randint(5000, 90000), R.randint(8000, 300000)))

    def n_addwallet(R):
        return bl(R, "[hot-wallet] AddToWallet %s  new InMempool" % txid(R))

    def n_update(R):
        return bl(R, "[hot-wallet] AddToWallet %s  update state=Confirmed (block=%s, height=%d, index=%d)" % (txid(R), btc_hash(R), bh(R), R.randint(1, 3000)))

    def n_disc(R):
        return bl(R, "[net] disconnecting peer=%d" % peer(R))

    def n_reset(R):
        return bl(R, "[net] socket recv error for peer=%d: Connection reset by peer (104)" % peer(R))

    def n_fees(R):
        return bl(R, "Flushed fee estimates to fee_estimates.dat.")

    def n_rpc(R):
        return bl(R, "[rpc] ThreadRPCServer method=%s user=%s" % (pick(R, ["getblock", "getrawtransaction", "getblockhash", "listsinceblock", "gettransaction", "estimatesmartfee", "walletcreatefundedpsbt"]), pick(R, ["deposit-scanner", "withdrawals", "monitoring"])))

    def n_prealloc(R):
        return bl(R, "Pre-allocating up to position 0x%x in %s%05d.dat" % (R.randint(0x100000, 0x8000000), pick(R, ["blk", "rev"]), R.randint(4100, 4200)))

    def n_reject(R):
        return bl(R, "[mempool] %s from peer=%d was not accepted: %s" % (txid(R), peer(R), pick(R, ["mempool min fee not met, %d < %d" % (R.randint(100, 400), R.randint(900, 3000)), "txn-already-in-mempool", "bad-txns-inputs-missingorspent", "insufficient fee, rejecting replacement %s; new feerate %.8f BTC/kvB <= old feerate %.8f BTC/kvB" % (txid(R), 0.00002, 0.00003)])))

    def n_misb(R):
        return bl(R, "[net] Misbehaving: peer=%d: %s" % (peer(R), pick(R, ["non-continuous headers sequence", "invalid header received", "too-long-mempool-chain"])))

    def n_commit(R):
        return bl(R, "[hot-wallet] CommitTransaction:\nCTransaction(hash=%s, ver=2, vin.size=%d, vout.size=%d, nLockTime=%d)" % (txid(R)[:10], R.randint(1, 8), R.randint(2, 30), bh(R)))

    def n_feecalc(R):
        return bl(R, "[hot-wallet] Fee Calculation: Fee:%d Bytes:%d Tgt:6 (requested 6) Reason:\"Conservative Double Target longer horizon\" Decay 0.99520: Estimation: (%d - %d) 95.00%% 1234.5/(1290.2 0 mem 40.1 out) Fail: (0 - %d) 0.00%% 0.0/(0.0 0 mem 0.0 out)" % (R.randint(2000, 90000), R.randint(200, 3000), R.randint(2000, 3000), R.randint(3000, 6000), R.randint(1000, 2000)))

    def n_psbt(R):
        return bl(R, "[hot-wallet] Submitting wtx %s to mempool for relay" % txid(R))

    def n_block(R):
        return bl(R, "[validation] BlockChecked: block hash=%s state=Valid" % btc_hash(R))

    def n_timeout(R):
        return bl(R, "[net] Timeout downloading block %s from peer=%d, disconnecting" % (btc_hash(R), peer(R)))

    def n_addr(R):
        return bl(R, "[net] Added %d addresses from %s: %d tried, %d new" % (R.randint(1, 1000), pubip(R), R.randint(1000, 5000), R.randint(30000, 70000)))

    def n_dump(R):
        return bl(R, "Writing %d mempool transactions to file... (%s)" % (R.randint(5000, 90000), pick(R, ["dumpmempool", "0 failed"])))

    return [n_tip, n_outbound, n_header, n_mempool, n_addwallet, n_update, n_disc, n_reset, n_fees, n_rpc, n_prealloc,
            n_reject, n_misb, n_commit, n_feecalc, n_psbt, n_block, n_timeout, n_addr, n_dump]


def fam_btc(R):
    return build(R, F2, [("datadir-volume-full", b_disk), ("walletnotify-script-missing", b_notify),
                         ("rpc-work-queue-exceeded", b_queue), ("withdrawal-fee-rate-below-mempool-min", b_fee),
                         ("egress-nacl-8333-stale-tip", b_stale)], btc_negs())


FAMILIES = {F1: fam_geth, F2: fam_btc}
