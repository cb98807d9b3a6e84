"""Families: ros2-humble-nav2-amr-fleet-fluentbit, odoo17-wms-ecs-werkzeug.

The invented freight and warehouse company "tidewharf" (ap-southeast-2, domain tidewharf.example) runs a fleet of
autonomous mobile robots (AMRs) in its Sydney DC2 warehouse: ROS 2 Humble with Nav2 on each robot, started by
`ros2 launch` inside a Greengrass v2 component; Fluent Bit tails the launch output (one line per CloudWatch event, with
the launch process prefix `[controller_server-4] ` and rcutils' default `[{severity}] [{time}] [{name}]: {message}`).
Logger names carry the robot namespace (amr_017.controller_server). The WMS/ERP is Odoo 17 on ECS Fargate (workers
mode, Odoo's own `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s` format, the awslogs multiline
pattern "^\\d{4}-\\d{2}-\\d{2} " keeping tracebacks with their record)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION,
                    ros_ts, odoo_ts, consignment, sscc)

# ---------------------------------------------------------------- ros2-humble-nav2-amr-fleet-fluentbit
F1 = "ros2-humble-nav2-amr-fleet-fluentbit"
PROC = {"controller_server": 4, "planner_server": 5, "bt_navigator": 7, "amcl": 3, "map_server": 2,
        "lifecycle_manager_navigation": 10, "lifecycle_manager_localization": 9, "docking_server": 11,
        "fleet_adapter": 12, "local_costmap": 4, "global_costmap": 5, "battery_monitor": 13, "diagnostic_aggregator": 14,
        "behavior_server": 6, "velocity_smoother": 8}


def amr(R):
    return "amr_%03d" % R.randint(1, 42)


def rl(R, sev, node, msg, robot=None, sub=None):
    robot = robot or amr(R)
    name = "%s.%s" % (robot, node) if sub is None else "%s.%s.%s" % (robot, sub, node)
    proc = (sub or node)
    if proc in ("local_costmap", "global_costmap"):
        proc = {"local_costmap": "controller_server", "global_costmap": "planner_server"}[proc]
    return "[%s-%d] [%s] [%s] [%s]: %s" % (proc, PROC.get(proc, 15), sev, ros_ts(R), name, msg)


def xy(R):
    return "(%.2f, %.2f)" % (R.uniform(-5, 180), R.uniform(-5, 95))


def mission(R):
    return "MSN-%s-%05d" % (pick(R, ["PICK", "PUT", "REPL", "XFER"]), R.randint(1, 99999))


def tote(R):
    return "TOTE-%06d" % R.randint(1, 999999)


def r_map(R):
    # OTA component 2.14 ships the launch file pointing at maps/syd-dc2-v15.yaml, but the map artefact was not added
    # to the component recipe, so map_server fails to configure and navigation never comes up on updated robots
    t = R.random()
    rb = amr(R)
    if t < 0.45:
        v = R.randint(0, 3)
        return rl(R, "ERROR", "map_server", "Failed processing YAML file /greengrass/v2/packages/artifacts-unarchived/com.tidewharf.amr.Nav/2.14.%d/maps/syd-dc2-v15.yaml at position (-1:-1) for reason: bad file: /greengrass/v2/packages/artifacts-unarchived/com.tidewharf.amr.Nav/2.14.%d/maps/syd-dc2-v15.yaml" % (v, v), rb)
    if t < 0.75:
        return rl(R, "ERROR", "lifecycle_manager_navigation" if R.random() < 0.5 else "lifecycle_manager_localization", "Failed to change state for node: map_server", rb)
    return rl(R, "ERROR", "lifecycle_manager_localization", "Failed to bring up all requested nodes. Aborting bringup.", rb)


def tfpair(R):
    a = float(ros_ts(R))
    return "%.9f" % a, "%.9f" % (a - R.uniform(1.2, 9.5))


def r_tf(R):
    # the new robot image disabled chrony; robot clocks drift ahead of the lidar's PTP time and costmaps cannot
    # transform scans, so controllers abort missions
    t = R.random()
    rb = amr(R)
    if t < 0.5:
        return rl(R, "WARN", "local_costmap", "Timed out waiting for transform from base_link to odom to become available, tf error: Lookup would require extrapolation into the future.  Requested time %s but the latest data is at time %s, when looking up transform from frame [base_link] to frame [odom]" % tfpair(R), rb, "local_costmap")
    if t < 0.8:
        return rl(R, "ERROR", "controller_server", "Exception in transformPose: Lookup would require extrapolation into the future.  Requested time %s but the latest data is at time %s, when looking up transform from frame [laser_link] to frame [map]" % tfpair(R), rb)
    return rl(R, "ERROR", "fleet_adapter", "mission %s aborted by robot: controller_server failed (transform timeout; robot clock offset %+.3f s from fleet NTP)" % (mission(R), R.uniform(1.2, 9.5)), rb)


def r_mqtt(R):
    # the fleet adapter's AWS IoT client certificate expired on 2030-02-09; it cannot reach the WMS bridge topics, so
    # no mission is dispatched to the robot
    rb = amr(R)
    t = R.random()
    if t < 0.55:
        return rl(R, "ERROR", "fleet_adapter", "MQTT connection to a%s-ats.iot.%s.amazonaws.com:8883 failed: AWS_IO_TLS_ERROR_NEGOTIATION_FAILURE (TLS handshake: certificate expired, notAfter=2030-02-09T00:00:00Z, client_id=tidewharf-%s)" % (lower(R, 13), REGION, rb.replace("_", "-")), rb)
    return rl(R, "ERROR", "fleet_adapter", "mission queue stalled: 0 missions received from wms bridge in %d s, robot idle at %s (mqtt disconnected since %s)" % (R.randint(300, 3600), pick(R, ["DOCK-A%02d" % R.randint(1, 24), "PARK-%02d" % R.randint(1, 12)]), ros_ts(R)), rb)


def r_dock(R):
    # the charging docks were renumbered (DOCK-A01 -> CHG-A01) in the WMS layout but the docking_server database still
    # has the old ids; robots cannot dock and fall to low battery
    rb = amr(R)
    t = R.random()
    d = "CHG-A%02d" % R.randint(1, 24)
    if t < 0.4:
        return rl(R, "ERROR", "docking_server", "Dock id %s is not in the dock database (docks.yaml has 24 entries: DOCK-A01..DOCK-A24)" % d, rb)
    if t < 0.75:
        return rl(R, "ERROR", "fleet_adapter", "charge task for %s failed: docking_server rejected dock_id=%s (DOCK_NOT_IN_DB); battery %d%%" % (rb, d, R.randint(6, 22)), rb)
    return rl(R, "WARN", "battery_monitor", "battery %d%% below return threshold and no dock accepted for %d min; robot will stop at %d%%" % (R.randint(5, 14), R.randint(10, 80), 5), rb)


def r_plugin(R):
    # the 2.14 parameter file still names the removed DWB controller; controller_server fails to configure on robots
    # that took the update
    rb = amr(R)
    if R.random() < 0.6:
        return rl(R, "FATAL", "controller_server", "Failed to create controller. Exception: According to the loaded plugin descriptions the class dwb_core::DWBLocalPlanner with base class type nav2_core::Controller does not exist. Declared types are  nav2_mppi_controller::MPPIController nav2_regulated_pure_pursuit_controller::RegulatedPurePursuitController nav2_rotation_shim_controller::RotationShimController", rb)
    return rl(R, "ERROR", "lifecycle_manager_navigation", "Failed to change state for node: controller_server", rb)


def ros_negs():
    def n_goal(R):
        return rl(R, "INFO", "bt_navigator", "Begin navigating from current location %s to %s" % (xy(R), xy(R)))

    def n_reached(R):
        return rl(R, "INFO", "controller_server", pick(R, ["Reached the goal!", "Received a goal, begin computing control effort.", "Passing new path to controller."]))

    def n_succeeded(R):
        return rl(R, "INFO", "bt_navigator", "Goal succeeded")

    def n_missed(R):
        return rl(R, "WARN", "controller_server", "Control loop missed its desired rate of 20.0000Hz")

    def n_filter(R):
        return rl(R, "INFO", "amcl", "Message Filter dropping message: frame 'laser_link' at time %s for reason 'the timestamp on the message is earlier than all the data in the transform cache'" % ros_ts(R))

    def n_plan(R):
        return rl(R, "DEBUG", "planner_server", "Attempting to a find path from %s to %s." % (xy(R), xy(R)))

    def n_mission(R):
        return rl(R, "INFO", "fleet_adapter", "mission %s %s (%s, %d waypoints, %.1f s)" % (mission(R), pick(R, ["completed", "accepted", "started"]), tote(R), R.randint(2, 9), R.uniform(20, 400)))

    def n_tote(R):
        return rl(R, "WARN", "fleet_adapter", "mission %s: %s not present at pick face %s (scan empty); mission returned to WMS for re-slotting" % (mission(R), tote(R), "P%02d-%02d-%d" % (R.randint(1, 40), R.randint(1, 30), R.randint(1, 5))))

    def n_cancel(R):
        return rl(R, "INFO", "bt_navigator", "Goal canceled")

    def n_estop(R):
        return rl(R, "WARN", "velocity_smoother", "e-stop engaged by operator badge %d; velocity commands zeroed" % R.randint(1000, 9999))

    def n_recovery(R):
        return rl(R, "WARN", "behavior_server", "Spin recovery: %s" % pick(R, ["Turning %.2f for spin behavior." % R.uniform(0.5, 3.14), "spin completed successfully", "Collision Ahead - Exiting Spin"]))

    def n_mqttok(R):
        rb = amr(R)
        return rl(R, "INFO", "fleet_adapter", "mqtt publish to tidewharf/dc2/%s/state timed out, retry 1/3 ... published (qos=1, %d ms)" % (rb, R.randint(200, 1800)), rb)

    def n_diag(R):
        return rl(R, "INFO", "diagnostic_aggregator", "summary: %d OK, 0 WARN, 0 ERROR, 0 STALE (lidar, imu, motors, battery, bumper)" % R.randint(18, 26))

    def n_batt(R):
        return rl(R, "INFO", "battery_monitor", "battery %d%% voltage %.2f V current %.2f A temp %.1f C" % (R.randint(25, 100), R.uniform(46, 54), R.uniform(-8, 12), R.uniform(22, 38)))

    def n_dockok(R):
        return rl(R, "INFO", "docking_server", "Docked at DOCK-A%02d after %d attempts, charging started" % (R.randint(1, 24), R.randint(1, 2)))

    def n_lc(R):
        return rl(R, "INFO", "lifecycle_manager_navigation", pick(R, ["Managed nodes are active", "Configuring controller_server", "Activating bt_navigator", "Server controller_server connected with bond."]))

    def n_initpose(R):
        return rl(R, "INFO", "amcl", "initialPoseReceived at %s from fleet adapter" % xy(R))

    def n_costmap(R):
        return rl(R, "INFO", "global_costmap", "StaticLayer: Resizing costmap to %d X %d at 0.050000 m/pix" % (R.choice([3612, 3620]), R.choice([1904, 1910])), None, "global_costmap")

    def n_startup(R):
        return "[INFO] [launch]: %s" % pick(R, ["All log files can be found below /home/amr/.ros/log/2030-02-%02d-%02d-%02d-%02d-%06d-%s-%d" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), amr(R).replace("_", "-"), R.randint(100, 9999)),
                                                    "process started with pid [%d]" % R.randint(100, 9999)])

    def n_dropped(R):
        return rl(R, "INFO", "fleet_adapter", "telemetry window: frames=%d dropped_frames=0 localization_score=%.2f" % (R.randint(590, 610), R.uniform(0.86, 0.99)))

    return [n_goal, n_reached, n_succeeded, n_missed, n_filter, n_plan, n_mission, n_tote, n_cancel, n_estop, n_recovery,
            n_mqttok, n_diag, n_batt, n_dockok, n_lc, n_initpose, n_costmap, n_startup, n_dropped]


def fam_ros(R):
    return build(R, F1, [("nav-map-artifact-missing-after-ota", r_map), ("robot-clock-drift-tf-extrapolation", r_tf),
                         ("fleet-adapter-iot-cert-expired", r_mqtt), ("charger-docks-renumbered-dock-db-stale", r_dock),
                         ("controller-plugin-dwb-removed", r_plugin)], ros_negs())


# ---------------------------------------------------------------- odoo17-wms-ecs-werkzeug
F2 = "odoo17-wms-ecs-werkzeug"
DB = "tidewharf_prod"


def od(R, level, logger, msg, db=DB, pid=None):
    return "%s %d %s %s %s: %s" % (odoo_ts(R), pid or R.randint(7, 40), level, db, logger, msg)


def wz(R, meth, path, st, q=None):
    q = q if q is not None else R.randint(3, 120)
    return od(R, "INFO", "werkzeug", "%s - - [%02d/Feb/2030 %s] \"%s %s HTTP/1.1\" %s - %d %.3f %.3f" % (
        ip10(R, 20), R.randint(2, 28), "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), meth, path, st, q, R.uniform(0.002, 0.4), R.uniform(0.01, 1.5)))


def pick_ref(R):
    return "DC2/%s/%05d" % (pick(R, ["OUT", "PICK", "IN", "INT"]), R.randint(1, 99999))


TB_HTTP = "\nTraceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/odoo/http.py\", line 1%d, in _serve_db\n    return service_model.retrying(self._serve_ir_http, self.env)\n  File \"/usr/lib/python3/dist-packages/odoo/service/model.py\", line 1%d, in retrying\n    result = func()\n"


def o_filestore(R):
    # the filestore moved to an EFS access point owned by uid 1000, but the Odoo container runs as uid 101; every new
    # attachment (carrier labels, delivery slips, POD photos) fails to write
    h = hexs(R, 40)
    path = "/var/lib/odoo/filestore/%s/%s/%s" % (DB, h[:2], h)
    if R.random() < 0.55:
        return od(R, "ERROR", "odoo.http", "Exception during request handling.") + (TB_HTTP % (R.randint(700, 799), R.randint(50, 99))) + \
            "  File \"/usr/lib/python3/dist-packages/odoo/addons/base/models/ir_attachment.py\", line 1%d, in _file_write\n    with open(full_path, 'wb') as fp:\nPermissionError: [Errno 13] Permission denied: '%s'" % (R.randint(10, 60), path)
    return od(R, "ERROR", "odoo.addons.tw_delivery_southlink.models.stock_picking", "label for %s generated but could not be stored: [Errno 13] Permission denied: '%s'; picking left without label" % (pick_ref(R), path))


def o_carrier(R):
    # SouthLink Freight rotated the OAuth client secret for tidewharf's account; rating and label requests all fail
    ref = pick_ref(R)
    if R.random() < 0.6:
        return od(R, "ERROR", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "SouthLink send_shipping failed for %s: POST https://api.southlink.example/v2/oauth/token -> 401 {\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}" % ref)
    return od(R, "WARNING", "odoo.http", "SouthLink Freight: authentication failed (invalid_client). Labels cannot be printed for %s until the carrier credentials are updated." % ref)


def o_cron(R):
    # the replenishment scheduler now runs over 41 000 orderpoints in one transaction and exceeds limit_time_real_cron;
    # the cron worker is killed every run and replenishment never completes
    pid = R.randint(60, 400)
    t = R.random()
    if t < 0.45:
        return od(R, "ERROR", "odoo.service.server", "WorkerCron (%d) timeout after 900s" % pid, "?", 1)
    if t < 0.75:
        return od(R, "INFO", "odoo.service.server", "Worker (%d) CPU time limit (900) reached." % pid, "?", pid)
    return od(R, "WARNING", "odoo.addons.tw_replenishment.models.stock_warehouse_orderpoint", "replenishment run %s interrupted at orderpoint %d/41%03d; %d pick faces left below minimum" % (hexs(R, 8), R.randint(9000, 30000), R.randint(0, 999), R.randint(300, 2400)))


def o_db(R):
    # ECS service scaled to 12 tasks x (8 workers + 2 cron) with db_maxconn 64 against an RDS instance limited to
    # 405 connections; new requests cannot get a connection
    msg = "FATAL:  remaining connection slots are reserved for non-replication superuser connections"
    if R.random() < 0.5:
        return od(R, "ERROR", "odoo.sql_db", "Connection to the database failed", DB) + \
            "\nTraceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/odoo/sql_db.py\", line 7%d, in borrow\n    result = psycopg2.connect(\n  File \"/usr/lib/python3/dist-packages/psycopg2/__init__.py\", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: connection to server at \"tw-odoo-prod.c%s.%s.rds.amazonaws.com\" (%s), port 5432 failed: %s" % (R.randint(10, 60), lower(R, 11), REGION, ip10(R, 60), msg)
    return od(R, "ERROR", "odoo.http", "Exception during request handling.") + (TB_HTTP % (R.randint(700, 799), R.randint(50, 99))).split("\n  File \"/usr/lib/python3/dist-packages/odoo/service")[0] + \
        "\npsycopg2.OperationalError: %s" % msg


def o_queue(R):
    # module tw_edi_export 17.0.3.0 renamed the picking field x_asn_ref to x_asn_number, but the queued ASN jobs' code
    # still reads the old name; every advance ship notice to the retailer fails
    job = uuid(R)
    if R.random() < 0.55:
        return od(R, "ERROR", "odoo.addons.queue_job.controllers.main", "Traceback (most recent call last):\n  File \"/mnt/extra-addons/queue_job/controllers/main.py\", line %d, in runjob\n    self._try_perform_job(env, job)\n  File \"/mnt/extra-addons/tw_edi_export/models/stock_picking.py\", line %d, in _edi_export_asn\n    \"BSN02\": picking.x_asn_ref,\nAttributeError: 'stock.picking' object has no attribute 'x_asn_ref'" % (R.randint(90, 120), R.randint(40, 160)))
    return od(R, "WARNING", "odoo.addons.queue_job.models.queue_job", "job %s (stock.picking(%d,)._edi_export_asn) set to failed after 5 tries" % (job, R.randint(10000, 999999)))


def odoo_negs():
    def n_rpc(R):
        return wz(R, "POST", "/web/dataset/call_kw/%s/%s" % (pick(R, ["stock.picking", "stock.move.line", "sale.order", "stock.quant"]), pick(R, ["web_search_read", "read", "button_validate", "action_assign", "web_read"])), 200)

    def n_static(R):
        return wz(R, "GET", pick(R, ["/web/assets/%s/web.assets_web.min.js" % hexs(R, 7), "/web/image/res.partner/%d/avatar_128" % R.randint(1, 9000), "/web/webclient/translations/%s?lang=en_AU" % hexs(R, 40)]), pick(R, [200, 304]), 1)

    def n_health(R):
        return wz(R, "GET", "/web/health", 200, 0)

    def n_barcode(R):
        return wz(R, "POST", "/stock_barcode/scan_from_main_menu", 200)

    def n_404(R):
        return wz(R, "GET", pick(R, ["/favicon.ico", "/.env", "/wp-login.php", "/robots.txt"]), 404)

    def n_login(R):
        return od(R, "INFO", "odoo.addons.base.models.res_users", "Login successful for db:%s login:%s from %s" % (DB, pick(R, ["picker%02d" % R.randint(1, 60), "dispatch.lead", "inbound.%02d" % R.randint(1, 20)]), ip10(R, 20)))

    def n_loginfail(R):
        return od(R, "INFO", "odoo.addons.base.models.res_users", "Login failed for db:%s login:%s from %s" % (DB, pick(R, ["picker%02d" % R.randint(1, 60), "admin", "forklift%d" % R.randint(1, 9)]), ip10(R, 20)))

    def n_usererr(R):
        return od(R, "WARNING", "odoo.http", pick(R, ["You cannot validate a transfer if no quantities are reserved nor done. You can use the info button on the top right corner of your screen to take action.",
                                                      "The barcode \"%s\" doesn't correspond to a proper product, package or location." % sscc(R),
                                                      "Address for %s failed validation: suburb/postcode mismatch (%s %d). Please correct the delivery address." % (pick(R, ["Harbourline Retail", "Kestrel Outdoor Co", "Bluegum Pharmacy"]), pick(R, ["Parramatta", "Eastwood", "Liverpool"]), R.randint(2000, 2999))]))

    def n_session(R):
        return od(R, "INFO", "odoo.http", "Session expired (%s…) for request /web/dataset/call_kw; client redirected to login" % hexs(R, 8))

    def n_cronstart(R):
        job = pick(R, ["Procurement: run scheduler", "Mail: Email Queue Manager", "Base: Auto-vacuum internal data", "Queue Job: requeue stuck jobs", "SouthLink: fetch tracking events"])
        return od(R, "INFO", "odoo.addons.base.models.ir_cron", "Starting job `%s`." % job) if R.random() < 0.5 else od(R, "INFO", "odoo.addons.base.models.ir_cron", "Job done: `%s` (%.3fs)." % (job, R.uniform(0.1, 80)))

    def n_retry(R):
        return od(R, "INFO", "odoo.service.model", "SerializationFailure, retry %d/5 in %.4f sec..." % (R.randint(1, 2), R.uniform(0.1, 2)))

    def n_modules(R):
        return od(R, "INFO", "odoo.modules.loading", pick(R, ["loading %d modules..." % R.randint(140, 160), "%d modules loaded in %.2fs, 0 queries (+0 extra)" % (R.randint(140, 160), R.uniform(0.5, 3)), "Modules loaded."]))

    def n_server(R):
        return od(R, "INFO", "odoo.service.server", pick(R, ["HTTP service (werkzeug) running on ip-10-30-%d-%d.ap-southeast-2.compute.internal:8069" % (R.randint(1, 9), R.randint(4, 250)), "Worker WorkerHTTP (%d) alive" % R.randint(20, 400), "Worker WorkerCron (%d) alive" % R.randint(20, 400), "Stopping gracefully"]), "?")

    def n_jobdone(R):
        return od(R, "INFO", "odoo.addons.queue_job.jobrunner.runner", "asking Odoo to run job %s on db %s" % (uuid(R), DB))

    def n_label(R):
        return od(R, "INFO", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "SouthLink label created for %s: consignment %s, %d item(s), %.1f kg" % (pick_ref(R), consignment(R), R.randint(1, 12), R.uniform(0.4, 600)))

    def n_track(R):
        return od(R, "INFO", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "tracking sync: %d consignments updated, %d delivered, 0 errors" % (R.randint(40, 900), R.randint(10, 400)))

    def n_notfound(R):
        return od(R, "INFO", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "tracking for %s: carrier answered 404 (not yet manifested); will retry next run" % consignment(R))

    def n_mail(R):
        return od(R, "INFO", "odoo.addons.mail.models.mail_mail", "Sent batch %d emails via mail server ID #1" % R.randint(1, 40))

    def n_asn(R):
        return od(R, "INFO", "odoo.addons.tw_edi_export.models.stock_picking", "ASN %s queued for %s (856, %d cartons)" % (digits(R, 9), pick_ref(R), R.randint(1, 40)))

    def n_bus(R):
        return wz(R, "GET", "/websocket?version=17.0-%d" % R.randint(1, 3), 101, 1)

    def n_dup(R):
        return od(R, "INFO", "odoo.addons.tw_edi_import.models.edi_order", "purchase order %s from %s already imported (interchange %s); duplicate ignored" % ("PO%07d" % R.randint(1, 9999999), pick(R, ["HARBOURLINE", "KESTREL", "BLUEGUM"]), digits(R, 9)))

    return [n_rpc, n_static, n_health, n_barcode, n_404, n_login, n_loginfail, n_usererr, n_session, n_cronstart, n_retry,
            n_modules, n_server, n_jobdone, n_label, n_track, n_notfound, n_mail, n_asn, n_bus, n_dup]


def fam_odoo(R):
    return build(R, F2, [("filestore-efs-uid-permission-denied", o_filestore), ("southlink-oauth-client-secret-rotated", o_carrier),
                         ("replenishment-cron-time-limit", o_cron), ("rds-connection-slots-exhausted", o_db),
                         ("edi-asn-job-renamed-field", o_queue)], odoo_negs())


FAMILIES = {F1: fam_ros, F2: fam_odoo}
