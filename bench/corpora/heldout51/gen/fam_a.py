"""Families: payrun-calc-springbatch5-boot3-ecs, bankpay-paramiko-transfer-family-sftp.

"payrun-calc" is thornwick's gross-to-net payroll engine (Java 21, Spring Boot 3.3, Spring Batch 5, partitioned steps,
Aurora PostgreSQL through HikariCP) on ECS Fargate. It logs with Spring Boot's default console pattern
(`2031-01-14T09:12:33.123Z  INFO 1 --- [payrun-calc] [      thread] logger : msg`); stack traces follow the record and
the awslogs driver's multi-line pattern keeps them in the record's event. The JVM runs with -XX:+ExitOnOutOfMemoryError
(its `Terminating due to …` stderr text is its own event).

"bankpay" is the Python 3.11 job that builds NACHA payment files and pushes them over SFTP (paramiko) to the
employers' banks (invented: Cobalt Federal Bank, Harbor Trust), and reads the banks' acknowledgement and return files.
Python logging `%(asctime)s %(levelname)s [%(name)s] %(message)s` with tracebacks in the event. The banks deliver
return files to an AWS Transfer Family SFTP server whose JSON structured logs go to the same log group."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, moment)

# ---------------------------------------------------------------- payrun-calc-springbatch5-boot3-ecs
F1 = "payrun-calc-springbatch5-boot3-ecs"


def sb(R, lvl, thread, logger, msg, exc=None):
    line = "%s %5s 1 --- [payrun-calc] [%15.15s] %-40.40s : %s" % (iso_z(R), lvl, thread, logger, msg)
    return line if exc is None else line + "\n" + exc


def emp(R):
    return "E-%06d" % R.randint(10000, 999999)


def payrun(R):
    return "PR-2031-01-%02d-%s-%04d" % (pick(R, [2, 9, 15, 16, 23, 30, 31]), pick(R, ["SM", "BW", "WK", "MO"]), R.randint(1, 4999))


def employer(R):
    return "ER-%05d" % R.randint(100, 48000)


def worker(R):
    return pick(R, ["partition-%d" % R.randint(0, 31), "batch-exec-%d" % R.randint(1, 16)])


def step_err(R, step, exc):
    return sb(R, "ERROR", worker(R), "o.s.batch.core.step.AbstractStep", "Encountered an error executing step %s in job payRunJob" % step, exc)


BATCH_FRAMES = ("\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.transform(SimpleChunkProcessor.java:297)\n"
                "\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.process(SimpleChunkProcessor.java:208)\n"
                "\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:407)\n"
                "\tat org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:229)")


def pc_taxtable(R):
    # the 2031 federal withholding tables were never loaded into the tax-rate store (the January release's data
    # migration was skipped); every gross-to-net calculation for a 2031 pay date fails, the partition fails
    fs = pick(R, ["SINGLE", "MARRIED_FILING_JOINTLY", "HEAD_OF_HOUSEHOLD"])
    e = emp(R)
    exc = ("com.thornwick.payroll.tax.TaxTableNotFoundException: No FEDERAL withholding table for tax year 2031 (filing status %s, method PERCENTAGE_AUTOMATED) while calculating %s\n"
           "\tat com.thornwick.payroll.tax.WithholdingTableRepository.require(WithholdingTableRepository.java:88)\n"
           "\tat com.thornwick.payroll.tax.FederalIncomeTaxCalculator.withhold(FederalIncomeTaxCalculator.java:%d)\n"
           "\tat com.thornwick.payroll.calc.GrossToNetProcessor.process(GrossToNetProcessor.java:131)\n"
           "\tat com.thornwick.payroll.calc.GrossToNetProcessor.process(GrossToNetProcessor.java:41)\n" % (fs, e, R.randint(60, 75)) + BATCH_FRAMES)
    if R.random() < 0.45:
        return step_err(R, "calculateGrossToNet:partition%d" % R.randint(0, 31), exc)
    return sb(R, "ERROR", worker(R), "c.t.p.calc.GrossToNetProcessor", "Gross-to-net failed for employee %s in pay run %s (pay date 2031-01-%02d): no FEDERAL withholding table for tax year 2031" % (e, payrun(R), R.randint(2, 31)))


def pc_holiday(R):
    # the bank-holiday calendar for 2031 was not published to the calendar service; the pay-date adjuster cannot decide
    # whether a pay date falls on a Federal Reserve holiday and the pay-date step fails for every run scheduled in 2031
    pr = payrun(R)
    exc = ("java.lang.IllegalStateException: No holiday calendar US-FRB for year 2031\n"
           "\tat com.thornwick.payroll.calendar.HolidayCalendarService.calendarFor(HolidayCalendarService.java:54)\n"
           "\tat com.thornwick.payroll.calendar.PayDateAdjuster.adjust(PayDateAdjuster.java:%d)\n"
           "\tat com.thornwick.payroll.calc.PayDateTasklet.execute(PayDateTasklet.java:37)\n"
           "\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:388)\n"
           "\tat org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:229)" % R.randint(40, 49))
    if R.random() < 0.6:
        return step_err(R, "resolvePayDate", exc)
    return sb(R, "ERROR", "main", "c.t.p.scheduler.PayRunScheduler", "Pay run %s for employer %s not started: pay date could not be resolved (no holiday calendar US-FRB for 2031)" % (pr, employer(R)))


def pc_pool(R):
    # the partitioned YTD step runs 32 partitions against a Hikari pool of 10 (maximum-pool-size was not raised with
    # the new grid size); partitions time out waiting for a connection and the run fails
    act, wait = 10, R.randint(12, 22)
    exc = ("org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n"
           "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n"
           "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:653)\n"
           "\tat com.thornwick.payroll.ytd.YtdAccumulatorWriter.write(YtdAccumulatorWriter.java:%d)\n"
           "\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.writeItems(SimpleChunkProcessor.java:203)\n"
           "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=%d, active=%d, idle=0, waiting=%d)\n"
           "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
           "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n"
           "\t... 23 common frames omitted" % (R.randint(60, 70), act, act, wait))
    if R.random() < 0.7:
        return step_err(R, "accumulateYtd:partition%d" % R.randint(0, 31), exc)
    return sb(R, " WARN", worker(R), "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % wait)


def pc_garnish(R):
    # release 7.2's garnishment rule reads the order's disposable-earnings cap, which is null for state support orders
    # imported before 2030; the employee's pay is not calculated (item skipped) and the skip limit fails the partition
    e, pr = emp(R), payrun(R)
    if R.random() < 0.6:
        return sb(R, "ERROR", worker(R), "c.t.p.calc.SkipAuditListener", "Employee %s skipped in pay run %s: java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because the return value of \"com.thornwick.payroll.garnish.SupportOrder.getMaxPercentDisposable()\" is null" % (e, pr))
    return step_err(R, "calculateGrossToNet:partition%d" % R.randint(0, 31),
                    "org.springframework.batch.core.step.skip.SkipLimitExceededException: Skip limit of '5' exceeded\n"
                    "\tat org.springframework.batch.core.step.skip.LimitCheckingItemSkipPolicy.shouldSkip(LimitCheckingItemSkipPolicy.java:133)\n"
                    "\tat org.springframework.batch.core.step.item.FaultTolerantChunkProcessor.shouldSkip(FaultTolerantChunkProcessor.java:519)\n"
                    "Caused by: java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because the return value of \"com.thornwick.payroll.garnish.SupportOrder.getMaxPercentDisposable()\" is null\n"
                    "\tat com.thornwick.payroll.garnish.StateSupportOrderRule.apply(StateSupportOrderRule.java:%d)\n"
                    "\tat com.thornwick.payroll.calc.GrossToNetProcessor.process(GrossToNetProcessor.java:148)" % R.randint(90, 99))


def pc_oom(R):
    # retro-pay recalculation for employers with back-dated raises loads 18 months of pay history per partition into
    # memory; the 3 GB heap is exhausted and the JVM exits (ExitOnOutOfMemoryError), killing the whole run
    if R.random() < 0.5:
        return sb(R, "ERROR", worker(R), "c.t.p.retro.RetroPayCalculator", "Retro pay recalculation for employer %s (%d employees, periods 2029-07..2031-01) aborted" % (employer(R), R.randint(800, 9000)),
                  "java.lang.OutOfMemoryError: Java heap space\n"
                  "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
                  "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
                  "\tat com.thornwick.payroll.retro.PayHistoryLoader.loadAll(PayHistoryLoader.java:%d)\n"
                  "\tat com.thornwick.payroll.retro.RetroPayCalculator.recalculate(RetroPayCalculator.java:77)" % R.randint(100, 130))
    return ("java.lang.OutOfMemoryError: Java heap space\nDumping heap to /dumps/java_pid1.hprof ...\n"
            "Heap dump file created [%d bytes in %.3f secs]\nTerminating due to java.lang.OutOfMemoryError: Java heap space" % (R.randint(3000000000, 3200000000), R.uniform(8, 30)))


def pc_negs():
    def n_start(R):
        return sb(R, " INFO", "main", "c.t.payroll.PayrunCalcApplication", pick(R, [
            "Starting PayrunCalcApplication v7.2.%d using Java 21.0.5 with PID 1 (/app/app.jar started by app in /app)" % R.randint(0, 9),
            "The following 1 profile is active: \"prod\"",
            "Started PayrunCalcApplication in %.3f seconds (process running for %.3f)" % (R.uniform(7, 12), R.uniform(12, 14))]))

    def n_hikari(R):
        return sb(R, " INFO", "main", "com.zaxxer.hikari.HikariDataSource", pick(R, ["HikariPool-1 - Starting...", "HikariPool-1 - Start completed.", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8)]))

    def n_launch(R):
        pr = payrun(R)
        if R.random() < 0.5:
            return sb(R, " INFO", "main", "o.s.b.c.l.s.TaskExecutorJobLauncher", "Job: [SimpleJob: [name=payRunJob]] launched with the following parameters: [{'payRunId':'{value=%s, type=class java.lang.String, identifying=true}','employerId':'{value=%s, type=class java.lang.String, identifying=true}'}]" % (pr, employer(R)))
        return sb(R, " INFO", "main", "o.s.b.c.l.s.TaskExecutorJobLauncher", "Job: [SimpleJob: [name=payRunJob]] completed with the following parameters: [{'payRunId':'{value=%s, type=class java.lang.String, identifying=true}'}] and the following status: [COMPLETED] in %dm%ds%dms" % (pr, R.randint(1, 20), R.randint(0, 59), R.randint(0, 999)))

    def n_step(R):
        st = pick(R, ["loadEmployees", "resolvePayDate", "calculateGrossToNet", "accumulateYtd", "writeRegister", "publishPayslipEvents"])
        if R.random() < 0.5:
            return sb(R, " INFO", "main", "o.s.batch.core.job.SimpleStepHandler", "Executing step: [%s]" % st)
        return sb(R, " INFO", worker(R), "o.s.batch.core.step.AbstractStep", "Step: [%s] executed in %ds%dms" % (st, R.randint(1, 300), R.randint(0, 999)))

    def n_progress(R):
        return sb(R, " INFO", worker(R), "c.t.p.calc.PartitionProgressListener", "Pay run %s partition %d/32: %d employees calculated, skipped=0, errors=0, gross $%s" % (
            payrun(R), R.randint(1, 32), R.randint(50, 400), "{:,}.{:02d}".format(R.randint(40000, 900000), R.randint(0, 99))))

    def n_hold(R):
        return sb(R, " WARN", worker(R), "c.t.p.calc.PaymentMethodResolver", "Employee %s in pay run %s has no verified bank account; net pay $%d.%02d held for review (paper check requested by employer policy)" % (
            emp(R), payrun(R), R.randint(300, 4000), R.randint(0, 99)))

    def n_negnet(R):
        return sb(R, " WARN", worker(R), "c.t.p.calc.DeductionSequencer", "Employee %s net pay would be negative ($-%d.%02d); voluntary deductions %s deferred to next period per plan rules" % (
            emp(R), R.randint(1, 90), R.randint(0, 99), pick(R, ["MEDICAL_PRETAX", "401K_ROTH", "UNION_DUES", "COMMUTER"])))

    def n_starve(R):
        return sb(R, " WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (R.randint(1, 2), R.randint(0, 59), R.randint(0, 999)))

    def n_dialect(R):
        return sb(R, " WARN", "main", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)")

    def n_already(R):
        return sb(R, " INFO", worker(R), "o.s.batch.core.step.AbstractStep", "Step already complete or not restartable, so no action to execute: StepExecution: id=%d, version=3, name=%s, status=COMPLETED, exitStatus=COMPLETED, readCount=%d, filterCount=0, writeCount=%d readSkipCount=0, writeSkipCount=0, processSkipCount=0, commitCount=%d, rollbackCount=0" % (
            R.randint(100000, 999999), pick(R, ["loadEmployees", "resolvePayDate"]), (lambda n: n)(R.randint(100, 5000)), R.randint(100, 5000), R.randint(1, 50)))

    def n_dup(R):
        return sb(R, " WARN", "main", "c.t.p.scheduler.PayRunScheduler", "Duplicate trigger for pay run %s ignored: JobInstanceAlreadyCompleteException: A job instance already exists and is complete for identifying parameters={'payRunId':'{value=%s, type=class java.lang.String, identifying=true}'}.  If you want to run this job again, change the parameters." % ((lambda p: (p, p))(payrun(R))))

    def n_optlock(R):
        return sb(R, " INFO", worker(R), "c.t.p.ytd.YtdAccumulatorWriter", "Optimistic lock conflict on employee_ytd row for %s, retry 1/3 succeeded" % emp(R))

    def n_register(R):
        return sb(R, " INFO", worker(R), "c.t.p.register.RegisterExporter", "Payroll register for %s written to s3://thornwick-payroll-registers-prod/2031/01/%s.parquet (%d rows, %d KiB, failedRows=0)" % (
            payrun(R), lower(R, 12), R.randint(50, 9000), R.randint(40, 9000)))

    def n_offcycle(R):
        return sb(R, " INFO", "main", "c.t.p.scheduler.PayRunScheduler", "Off-cycle run %s for employer %s (%s, %d employees) queued" % (
            payrun(R), employer(R), pick(R, ["bonus", "final pay", "manual check correction", "reversal"]), R.randint(1, 40)))

    def n_debug(R):
        return sb(R, "DEBUG", worker(R), "c.t.p.tax.StateIncomeTaxCalculator", "State %s withholding for %s: wages $%d.%02d, allowances %d, withheld $%d.%02d (table %s-2031-v1)" % (
            (lambda s: (s, emp(R), R.randint(500, 9000), R.randint(0, 99), R.randint(0, 4), R.randint(10, 600), R.randint(0, 99), s))(pick(R, ["OH", "PA", "KY", "IN", "MI", "WV"]))))

    return [n_start, n_hikari, n_launch, n_launch, n_step, n_step, n_progress, n_progress, n_hold, n_negnet, n_starve,
            n_dialect, n_already, n_dup, n_optlock, n_register, n_offcycle, n_debug]


def payrun_calc(R):
    return build(R, F1, [("tax-table-2031-not-loaded", pc_taxtable), ("holiday-calendar-2031-missing", pc_holiday),
                         ("hikari-pool-too-small-for-grid", pc_pool), ("support-order-cap-null", pc_garnish),
                         ("retro-pay-heap-exhausted", pc_oom, 8)], pc_negs())


# ---------------------------------------------------------------- bankpay-paramiko-transfer-family-sftp
F2 = "bankpay-paramiko-transfer-family-sftp"
COBALT = "sftp.cobaltfed.example"
HARBOR = "mft.harbortrust.example"


def py(R, lvl, name, msg, tb=None):
    line = "%s %s [%s] %s" % (comma_ts(R), lvl, name, msg)
    return line if tb is None else line + "\n" + tb


def achname(R, bank):
    return "TW2031%02d%02d%s_%s.ach" % (1, R.randint(2, 30), pick(R, "ABCDEFGH"), bank)


def tf(R, d):
    base = {"role": "arn:aws:iam::%s:role/transfer-bank-inbound" % ACCT, "resource-arn": "arn:aws:transfer:%s:%s:server/s-%s" % (REGION, ACCT, "4c1e9a07d2b8f3e61"), "session-id": hexs(R, 16)}
    base.update(d)
    return jd(base)


def bp_hostkey(R):
    # Cobalt Federal rotated its SFTP host key on 2031-01-12; bankpay's pinned known_hosts still has the old key and
    # every upload to Cobalt is refused, so NACHA files for Cobalt-banked employers are not delivered
    f = achname(R, "CFB")
    if R.random() < 0.55:
        return py(R, "ERROR", "bankpay.dispatch", "upload of %s to %s failed" % (f, COBALT),
                  "Traceback (most recent call last):\n"
                  "  File \"/app/bankpay/dispatch.py\", line 142, in deliver\n"
                  "    client.connect(host.hostname, port=22, username=host.user, pkey=key, timeout=30)\n"
                  "  File \"/usr/local/lib/python3.11/site-packages/paramiko/client.py\", line 485, in connect\n"
                  "    self._policy.missing_host_key(self, server_hostkey_name, server_key)\n"
                  "  File \"/usr/local/lib/python3.11/site-packages/paramiko/client.py\", line 459, in connect\n"
                  "    raise BadHostKeyException(hostname, server_key, our_server_keys[keytype])\n"
                  "paramiko.ssh_exception.BadHostKeyException: Host key for server '%s' does not match: got '%s', expected '%s'" % (COBALT, "AAAAC3NzaC1lZDI1NTE5AAAAI" + alnum(R, 43), "AAAAC3NzaC1lZDI1NTE5AAAAI" + "Dq7vXk2mB9rTzC4hLwS8pNe3yJu6fGa0oQiVd1cRtHs5"))
    return py(R, "ERROR", "bankpay.dispatch", "NACHA file %s (%d entries, credits $%s) NOT delivered to Cobalt Federal after 3 attempts; pay date 2031-01-%02d at risk" % (
        f, R.randint(40, 3000), "{:,}.{:02d}".format(R.randint(30000, 4000000), R.randint(0, 99)), R.randint(2, 31)))


def bp_harborkey(R):
    # bankpay's SFTP key was rotated to ed25519 but the new public key was never registered with Harbor Trust; the
    # bank's MFT refuses publickey authentication and Harbor-banked payrolls are not delivered
    f = achname(R, "HTB")
    if R.random() < 0.6:
        return py(R, "ERROR", "bankpay.dispatch", "upload of %s to %s failed" % (f, HARBOR),
                  "Traceback (most recent call last):\n"
                  "  File \"/app/bankpay/dispatch.py\", line 142, in deliver\n"
                  "    client.connect(host.hostname, port=22, username=host.user, pkey=key, timeout=30)\n"
                  "  File \"/usr/local/lib/python3.11/site-packages/paramiko/client.py\", line 485, in connect\n"
                  "    self._auth(\n"
                  "  File \"/usr/local/lib/python3.11/site-packages/paramiko/client.py\", line 818, in _auth\n"
                  "    raise saved_exception\n"
                  "paramiko.ssh_exception.AuthenticationException: Authentication failed.")
    return py(R, "ERROR", "bankpay.dispatch", "Harbor Trust refused key SHA256:%s for user thornwick-pay (publickey); %s not delivered" % (alnum(R, 43), f))


def bp_harborip(R):
    # the NAT gateway was replaced and its new Elastic IP is not on Harbor Trust's firewall allow-list; connections
    # to Harbor's MFT time out (a separate cause from the unregistered key above)
    f = achname(R, "HTB")
    if R.random() < 0.6:
        return py(R, "ERROR", "bankpay.dispatch", "upload of %s to %s failed" % (f, HARBOR),
                  "Traceback (most recent call last):\n"
                  "  File \"/app/bankpay/dispatch.py\", line 142, in deliver\n"
                  "    client.connect(host.hostname, port=22, username=host.user, pkey=key, timeout=30)\n"
                  "  File \"/usr/local/lib/python3.11/site-packages/paramiko/client.py\", line 386, in connect\n"
                  "    sock.connect(addr)\n"
                  "TimeoutError: timed out")
    return py(R, "WARNING", "bankpay.dispatch", "connect to %s:22 from egress %s timed out (attempt %d/3)" % (HARBOR, "3.%d.%d.%d" % (R.randint(128, 150), R.randint(0, 255), R.randint(1, 254)), R.randint(1, 3)))


def bp_companyid(R):
    # the new employer entity "Thornwick Payroll Services II" was onboarded without a NACHA Company Identification;
    # batches for its clients carry blank positions 41-50 of the 5-record and the bank rejects them
    b = R.randint(1, 40)
    if R.random() < 0.6:
        bank, code = pick(R, [("Cobalt Federal", "CFB"), ("Harbor Trust", "HTB")])
        return py(R, "ERROR", "bankpay.acks", "%s acknowledgement for %s: batch %07d REJECTED (reason: Company Identification '          ' not authorised for ODFI %s); %d entries not settled" % (
            bank, achname(R, code), b, digits(R, 8), R.randint(5, 900)))
    return py(R, "ERROR", "bankpay.nacha", "built batch %07d for employer %s with blank Company Identification (originator profile TPS-II has no company_id); file sent as-is" % (b, "ER-%05d" % R.randint(100, 48000)))


def bp_tfkms(R):
    # the inbound bucket was switched to a new KMS key whose policy does not allow the Transfer Family user role;
    # the banks' return/ack uploads fail, so returns and rejections are never processed
    bank = pick(R, [("cobalt", "CFB"), ("harbor", "HTB")])
    p = "/thornwick-bank-inbound/%s/%s/%s" % (bank[0], pick(R, ["returns", "acks"]), "%s_2031%02d%02d_%s.%s" % (pick(R, ["RET", "ACK"]), 1, R.randint(2, 30), digits(R, 4), pick(R, ["ach", "txt"])))
    return tf(R, {"activity-type": "ERROR", "user": "%s-returns" % bank[0], "path": p, "message": "Access denied: kms:GenerateDataKey not permitted for role transfer-bank-inbound on key arn:aws:kms:%s:%s:key/%s" % (REGION, ACCT, "6f3a2c19-8e0d-4b71-a5c2-d94e10b7f3a8"), "source-ip": pubip(R)})


def bp_negs():
    def n_connected(R):
        return py(R, "INFO", "paramiko.transport", "Connected (version 2.0, client %s)" % pick(R, ["OpenSSH_8.7", "OpenSSH_9.6", "GoAnywhere_7.4.1", "SSHD"]))

    def n_auth_ok(R):
        return py(R, "INFO", "paramiko.transport.sftp", "[chan %d] Opened sftp connection (server version 3)" % R.randint(0, 3))

    def n_auth2(R):
        return py(R, "INFO", "paramiko.transport", "Authentication (publickey) successful!") if R.random() < 0.3 else py(R, "INFO", "paramiko.transport.sftp", "[chan %d] sftp session closed." % R.randint(0, 3))

    def n_built(R):
        return py(R, "INFO", "bankpay.nacha", "built %s: 1 file header, %d batches, %d entries, total credits $%s, entry hash %s, errors=0" % (
            achname(R, pick(R, ["CFB", "HTB"])), R.randint(1, 30), R.randint(20, 5000), "{:,}.{:02d}".format(R.randint(30000, 5000000), R.randint(0, 99)), digits(R, 10)))

    def n_put(R):
        bank = pick(R, [("CFB", COBALT), ("HTB", HARBOR)])
        return py(R, "INFO", "bankpay.dispatch", "put %s -> %s:/inbound/ach/ (%d bytes in %.1fs, sha256 %s)" % (achname(R, bank[0]), bank[1], R.randint(9400, 900000) // 94 * 94, R.uniform(0.4, 6), hexs(R, 64)))

    def n_retry(R):
        return py(R, "WARNING", "bankpay.dispatch", "upload of %s to %s: attempt 1 failed (EOFError during SSH negotiation), attempt 2 succeeded" % (achname(R, "CFB"), COBALT))

    def n_nobank(R):
        return py(R, "WARNING", "bankpay.nacha", "employee E-%06d excluded from %s: bank account not verified (prenote pending); net pay held for review" % (R.randint(10000, 999999), achname(R, pick(R, ["CFB", "HTB"]))))

    def n_return(R):
        code = pick(R, [("R01", "Insufficient Funds"), ("R02", "Account Closed"), ("R03", "No Account/Unable to Locate Account"), ("R04", "Invalid Account Number Structure")])
        return py(R, "INFO", "bankpay.returns", "return %s (%s) for trace %s, employee E-%06d, account ****%s; employer notified, payment reissue queued as paper check" % (
            code[0], code[1], digits(R, 15), R.randint(10000, 999999), digits(R, 4)))

    def n_ack_ok(R):
        bank, code = pick(R, [("Cobalt Federal", "CFB"), ("Harbor Trust", "HTB")])
        return py(R, "INFO", "bankpay.acks", "%s acknowledgement for %s: ACCEPTED, %d batches, %d entries, rejected=0" % (
            bank, achname(R, code), R.randint(1, 30), R.randint(20, 5000)))

    def n_deprec(R):
        return py(R, "WARNING", "py.warnings", "/usr/local/lib/python3.11/site-packages/paramiko/transport.py:%d: CryptographyDeprecationWarning: TripleDES has been moved to cryptography.hazmat.decrepit.ciphers.algorithms.TripleDES and will be removed from this module in 48.0.0.\n  \"class\": algorithms.TripleDES," % pick(R, [259, 219]))

    def n_dup(R):
        return py(R, "INFO", "bankpay.dispatch", "%s already delivered (same sha256 %s, delivery id dlv_%s); duplicate dispatch request ignored" % (achname(R, pick(R, ["CFB", "HTB"])), hexs(R, 64), lower(R, 12)))

    def n_tf_conn(R):
        bank = pick(R, ["cobalt", "harbor"])
        return tf(R, {"activity-type": "CONNECTED", "ciphers": "aes256-gcm@openssh.com,aes256-gcm@openssh.com", "client": pick(R, ["SSH-2.0-OpenSSH_8.7", "SSH-2.0-GoAnywhere7.4.1", "SSH-2.0-JSCH_0.2.17"]),
                          "source-ip": pubip(R), "home-dir": "/thornwick-bank-inbound/%s" % bank, "ssh-public-key-fingerprint": "SHA256:" + alnum(R, 43), "ssh-public-key-type": "ssh-ed25519",
                          "user": "%s-returns" % bank, "kex": pick(R, ["ecdh-sha2-nistp256", "curve25519-sha256"])})

    def n_tf_close(R):
        bank = pick(R, ["cobalt", "harbor"])
        return tf(R, {"activity-type": "CLOSE", "bytes-in": str(R.randint(94, 200000)), "mode": "CREATE|TRUNCATE|WRITE", "operation": "CLOSE",
                          "path": "/thornwick-bank-inbound/%s/%s/%s_2031%02d%02d_%s.ach" % (bank, pick(R, ["returns", "acks"]), pick(R, ["RET", "ACK"]), 1, R.randint(2, 30), digits(R, 4)), "user": "%s-returns" % bank, "source-ip": pubip(R)})

    def n_tf_disc(R):
        return tf(R, {"activity-type": "DISCONNECTED", "user": "%s-returns" % pick(R, ["cobalt", "harbor"]), "source-ip": pubip(R)})

    def n_tf_authfail(R):
        return tf(R, {"activity-type": "AUTH_FAILURE", "method": pick(R, ["password", "publickey"]), "user": pick(R, ["root", "admin", "ubuntu", "test", "ftpuser"]), "message": "Invalid user name", "source-ip": pubip(R)})

    def n_summary(R):
        return py(R, "INFO", "bankpay.run", "dispatch window %s closed: %d files built, %d delivered, 0 failed, %d held employees" % (
            (lambda w, n: (w, n, n))(pick(R, ["06:00Z", "14:00Z", "20:30Z"]), R.randint(3, 40)) + (R.randint(0, 12),)))

    return [n_connected, n_auth_ok, n_auth2, n_built, n_put, n_put, n_retry, n_nobank, n_return, n_ack_ok, n_deprec, n_dup,
            n_tf_conn, n_tf_close, n_tf_close, n_tf_disc, n_tf_authfail, n_summary]


def bankpay(R):
    return build(R, F2, [("cobalt-host-key-rotated", bp_hostkey), ("harbor-new-key-not-registered", bp_harborkey),
                         ("harbor-egress-ip-not-allowlisted", bp_harborip), ("tps2-blank-company-id", bp_companyid),
                         ("inbound-bucket-kms-key-policy", bp_tfkms)], bp_negs())


FAMILIES = {F1: payrun_calc, F2: bankpay}
