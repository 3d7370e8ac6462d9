<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Text</name>
    <message>
        <location filename="../app/core/definitionreader.cpp" line="+344"/>
        <source>&quot;%1&quot; is not a valid %2; write a duration such as 30s, 10m, 4h or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedulespec.cpp" line="+127"/>
        <source>&quot;%1&quot; is not a duration such as 30s, 10m, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+43"/>
        <source>Nightshift administration console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance: a SQLite file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator to log in as. With a password remembered in the keyring for this instance and login, logs in without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::AccessPolicy</name>
    <message>
        <location filename="../app/core/accesspolicy.cpp" line="+18"/>
        <source>operator %1 may not %2: that needs the %3 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>operator %1 may not %2: it cannot read the folder of that workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 technical workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>modify technical workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modify workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ActivityDialog</name>
    <message>
        <location filename="../ui/workflow/activitydialog.cpp" line="+33"/>
        <source>Wait for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a duration, e.g. 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a time of day, e.g. 06:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a duration (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the group notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal name of the workflow to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cube:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the cube whose aggregate is updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full or incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name of a registered native job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activate but do not execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Execution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Affinity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workflow&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none; e.g. 4h (a warning when passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abort the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On &amp;error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The name must start with a letter or _, then letters, digits or _ (64 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another activity is already named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a duration; write for example 30s, 10m, 4h or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ActivityIndicator</name>
    <message numerus="yes">
        <location filename="../ui/common/activityindicator.cpp" line="+32"/>
        <source>Running: %n</source>
        <translation>
            <numerusform>Running: %n</numerusform>
            <numerusform>Running: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflows started (running or waiting for their scheduler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 › %2: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Jobs: %n · %p%</source>
        <translation>
            <numerusform>Jobs: %n · %p%</numerusform>
            <numerusform>Jobs: %n · %p%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::AddInstanceDialog</name>
    <message>
        <location filename="../ui/login/addinstancedialog.cpp" line="+21"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/path/to/instance.sqlite or postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the file name, or database@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SQLite file made by &quot;nightshiftctl init&quot;, or a PostgreSQL database. A password written in the URL is not kept in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a SQLite Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite instances (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no file %1. Create an instance with &quot;nightshiftctl init --instance %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::AliasCleansingJob</name>
    <message>
        <location filename="../app/jobs/delivery/aliascleansingjob.cpp" line="+60"/>
        <source>cancelled while rewriting alias &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>parameter batch must be a positive number of rows, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enumeration %1 names the field &quot;%2&quot;, which is not a recipient field that can be cleansed (%3); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (recipients.%2): %n value(s) rewritten through %3 alias(es)</source>
        <translation>
            <numerusform>%1 (recipients.%2): %n value rewritten through %3 alias(es)</numerusform>
            <numerusform>%1 (recipients.%2): %n values rewritten through %3 alias(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::AuditTrail</name>
    <message>
        <location filename="../app/security/audittrail.cpp" line="+31"/>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Authenticator</name>
    <message>
        <location filename="../app/security/authenticator.cpp" line="+24"/>
        <source>unknown login or wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>give a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a login has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many failed logins for %1; try again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>operator %1 is disabled; ask an administrator to enable it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::BillingJob</name>
    <message>
        <location filename="../app/jobs/delivery/billingjob.cpp" line="+49"/>
        <source>option billing.mainDeliveryThreshold must be a number of messages, 0 or more, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no operator %1 to send the activity report to: create it with an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator %1 has no email address to send the activity report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the email address of operator %1, &quot;%2&quot;, is not a mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>external account %1: security must be opportunistic, starttls, tls or none, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external account %1 has no sender address: set &quot;from&quot; in its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 delivery(ies), %3 message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+151"/>
        <source>cancelled while computing the activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Marketing actions: no delivery sent messages in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marketing actions: %n delivery(ies), %1 message(s) sent: %2</source>
        <translation>
            <numerusform>Marketing actions: %n delivery, %1 message(s) sent: %2</numerusform>
            <numerusform>Marketing actions: %n deliveries, %1 message(s) sent: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Active profiles: %n recipient(s) targeted since %1</source>
        <translation>
            <numerusform>Active profiles: %n recipient targeted since %1</numerusform>
            <numerusform>Active profiles: %n recipients targeted since %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main deliveries above %1 messages: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main deliveries above %1 messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>parameter asOf must be a day written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter timeout must be a positive number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The activity report up to %1 was already sent to %2: nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity report from %1 to %2 (UTC) for operator %3 &lt;%4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Report laid out as a PDF of %n page(s) in %1 ms</source>
        <translation>
            <numerusform>Report laid out as a PDF of %n page in %1 ms</numerusform>
            <numerusform>Report laid out as a PDF of %n pages in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: the report would be mailed to %1 through SMTP account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before sending the activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An earlier attempt to send this report was cut short while sending; sending it again (same Message-ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nightshift system activity report, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system activity report of instance %1 for %2 to %3 (UTC) is attached.

Marketing actions: %4
Active profiles: %5
Main deliveries above %6 messages: %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent the activity report to %1 through SMTP account %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::BillingReport</name>
    <message>
        <location filename="../app/jobs/delivery/billingreportpdf.cpp" line="+167"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the activity report cannot be laid out as a PDF in this process: it needs a QGuiApplication for its fonts (the console and nightshiftd create one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>System activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the activity report could not be laid out: QPainter refused the PDF writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance: %1
Period: %2 to %3 (UTC)
Generated on %4 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delivery sent messages in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Active profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 profiles targeted from %2 to %3 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main deliveries above %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::BulkActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/actions/bulkactiondialog.cpp" line="+27"/>
        <source>%1 — %n workflows</source>
        <translation>
            <numerusform>%1 — %n workflow</numerusform>
            <numerusform>%1 — %n workflows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 will be sent to these workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be sent to %2 of these workflows; %3 will be refused, as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 %n workflows</source>
        <translation>
            <numerusform>%1 %n workflow</numerusform>
            <numerusform>%1 %n workflows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sent: %n queued.</source>
        <translation>
            <numerusform>Sent: %n queued.</numerusform>
            <numerusform>Sent: %n queued.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent: %1 queued, %2 refused (see each workflow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CleanupJob</name>
    <message>
        <location filename="../app/jobs/delivery/cleanupbatches.cpp" line="+44"/>
        <location line="+39"/>
        <source>cancelled while purging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+22"/>
        <location line="+64"/>
        <location line="+44"/>
        <source>cancelled while purging %1, after %Ln row(s)</source>
        <translation>
            <numerusform>cancelled while purging %1, after %Ln row</numerusform>
            <numerusform>cancelled while purging %1, after %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/cleanupjob.cpp" line="+28"/>
        <source>parameter batch must be a positive number of rows, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cancelled before the step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Cleanup done: %Ln step(s) in %1 ms; %2 write transaction(s), the longest %3 ms</source>
        <translation>
            <numerusform>Cleanup done: %Ln step in %1 ms; %2 write transaction(s), the longest %3 ms</numerusform>
            <numerusform>Cleanup done: %Ln steps in %1 ms; %2 write transaction(s), the longest %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/cleanupstatistics.cpp" line="+29"/>
        <location filename="../app/jobs/delivery/purgesteps.cpp" line="+352"/>
        <source>Database statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not updated (purge.vacuum is &quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: simulation, nothing analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled while updating the database statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no table changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: vacuumed and analysed (%2) in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: analysed (%2) in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/purgesteps.cpp" line="-283"/>
        <location line="+160"/>
        <location line="+90"/>
        <source>%1: %Ln row(s) deleted in %2 ms</source>
        <translation>
            <numerusform>%1: %Ln row deleted in %2 ms</numerusform>
            <numerusform>%1: %Ln rows deleted in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+252"/>
        <source>Deleted deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-223"/>
        <source>%1: %Ln delivery(ies) deleted with %2 log, tracking and URL row(s) in %3 ms</source>
        <translation>
            <numerusform>%1: %Ln delivery deleted with %2 log, tracking and URL row(s) in %3 ms</numerusform>
            <numerusform>%1: %Ln deliveries deleted with %2 log, tracking and URL row(s) in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+211"/>
        <source>Expired deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-189"/>
        <source>%1: %Ln delivery(ies) finished, %2 pending log(s) cancelled in %3 ms</source>
        <translation>
            <numerusform>%1: %Ln delivery finished, %2 pending log(s) cancelled in %3 ms</numerusform>
            <numerusform>%1: %Ln deliveries finished, %2 pending log(s) cancelled in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+180"/>
        <source>Workflow history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-172"/>
        <source>%1: %Ln run(s) and %2 journal line(s) outside runs deleted in %3 ms</source>
        <translation>
            <numerusform>%1: %Ln run and %2 journal line(s) outside runs deleted in %3 ms</numerusform>
            <numerusform>%1: %Ln runs and %2 journal line(s) outside runs deleted in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Tracking logs and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-148"/>
        <source>%1: %Ln tracking log(s) and %2 consolidated row(s) deleted in %3 ms</source>
        <translation>
            <numerusform>%1: %Ln tracking log and %2 consolidated row(s) deleted in %3 ms</numerusform>
            <numerusform>%1: %Ln tracking logs and %2 consolidated row(s) deleted in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+136"/>
        <source>Quarantines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-126"/>
        <source>%1: %Ln address(es) released in %2 ms</source>
        <translation>
            <numerusform>%1: %Ln address released in %2 ms</numerusform>
            <numerusform>%1: %Ln addresses released in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+127"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+112"/>
        <source>Events and archived events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>%1: %Ln event(s), %2 archived event(s) and %3 statistic row(s) deleted in %4 ms</source>
        <translation>
            <numerusform>%1: %Ln event, %2 archived event(s) and %3 statistic row(s) deleted in %4 ms</numerusform>
            <numerusform>%1: %Ln events, %2 archived event(s) and %3 statistic row(s) deleted in %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+80"/>
        <source>Privacy request files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1: cannot remove %2; kept for the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %Ln request(s) cleared of their data file, %2 file(s) removed from disk in %3 ms</source>
        <translation>
            <numerusform>%1: %Ln request cleared of its data file, %2 file(s) removed from disk in %3 ms</numerusform>
            <numerusform>%1: %Ln requests cleared of their data file, %2 file(s) removed from disk in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Expired sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Import rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Delivery logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email error statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer propositions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CleanupPausedWorkflowsJob</name>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/cleanuppausedworkflowsjob.cpp" line="+52"/>
        <source>Workflow %1 has been paused for %n day(s)</source>
        <translation>
            <numerusform>Workflow %1 has been paused for %n day</numerusform>
            <numerusform>Workflow %1 has been paused for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification %1 of %2: the workflow is now stopped unconditionally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification %1 of %2: resume or stop it; at notification %2 it is stopped unconditionally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped unconditionally by cleanupPausedWorkflows after %1 notifications while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: stopped unconditionally after %2 notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: paused for %n day(s), notification %2 sent to %3</source>
        <translation>
            <numerusform>%1: paused for %n day, notification %2 sent to %3</numerusform>
            <numerusform>%1: paused for %n days, notification %2 sent to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n normal-severity workflow(s) paused for more than %1 days to notify</source>
        <translation>
            <numerusform>%n normal-severity workflow paused for more than %1 days to notify</numerusform>
            <numerusform>%n normal-severity workflows paused for more than %1 days to notify</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled after %1 of %2 workflows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CommandPalette</name>
    <message>
        <location filename="../ui/palette/commandpalette.cpp" line="+55"/>
        <source>Type an action or a workflow…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CommandPreviews</name>
    <message>
        <location filename="../ui/actions/commandpreview.cpp" line="+35"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unconditional stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execute pending tasks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (stays %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CommandQueue</name>
    <message>
        <location filename="../app/engine/commandqueue.cpp" line="+35"/>
        <source>say which event to post to workflow %1 (the name of one of its signals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workflow %1 has no signal &quot;%2&quot;; its signals are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>there is no workflow named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ConnectionPool</name>
    <message>
        <location filename="../app/store/connectionpool.cpp" line="+91"/>
        <source>the Qt %1 driver is not installed (Debian package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot open instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no password was given: set NIGHTSHIFT_PGPASSWORD or put it in the URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot configure the connection to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ConnectorAccount</name>
    <message>
        <location filename="../app/jobs/connectors/connectoraccount.cpp" line="+43"/>
        <source>there is no enabled external account of type %1: add one (nightshiftctl accounts add NAME --type %1 --server URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no enabled external account %1 of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>external account %1 has no valid server URL (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the settings of external account %1 are not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external account %1 has the login %2 but no password: set %3 in the environment of the engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CronExpression</name>
    <message>
        <location filename="../app/core/cronexpression.cpp" line="+41"/>
        <source>cron %1 field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the step after &quot;/&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a value or a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values must be between %1 and %2, in increasing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cron expression &quot;%1&quot; must have 5 fields (minute hour day month weekday), not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CubesPage</name>
    <message>
        <location filename="../ui/reports/cubespage.cpp" line="+41"/>
        <source>The pivot could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Query again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the cube&apos;s aggregate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour each cell by its value, from light (low) to dark (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Drop dimensions here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a dimension to filter on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop measures here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The cubes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading the last refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last refresh unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never refreshed: run the workflow aggregate:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drop a measure to see figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s), %1 queries</source>
        <translation>
            <numerusform>%n row, %1 queries</numerusform>
            <numerusform>%n rows, %1 queries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expand to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The facts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1. Filters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/cubespagefields.cpp" line="+129"/>
        <source>The members could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ≠ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::CurlTransfer</name>
    <message>
        <location filename="../app/jobs/connectors/curltransfer.cpp" line="+60"/>
        <location line="+9"/>
        <source>%1 failed: libcurl could not create a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+30"/>
        <source>cancelled while %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DefinitionReader</name>
    <message>
        <location filename="../app/core/definitionreader.cpp" line="-321"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the root element is &lt;%1&gt;; a workflow definition starts with &lt;workflow&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no &lt;workflow&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unexpected text &quot;%1&quot;; text belongs only in &lt;description&gt;, &lt;script&gt;, &lt;statement&gt; and &lt;message&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;%1&gt; has no attribute &quot;%2&quot;; it accepts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;%1&gt; needs a &quot;%2&quot; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &lt;%1&gt; inside &lt;%2&gt;; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a valid %2; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid %2; it must be a whole number of at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid %2; use true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>format &quot;%1&quot; is not a format version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this definition uses format %1, but this version of Nightshift reads format %2 at most; upgrade Nightshift to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a valid workflow name: start with a letter or _, then letters, digits or _ (64 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a workflow has one &lt;activities&gt; element; this is a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workflow has no &lt;activities&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;%1&gt; is not an activity type; the types are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid activity name: start with a letter or _, then letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid %2 position; it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a schedule (times, every, daily, weekly, monthly, yearly, once, cron, continuous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;scheduler&gt; &quot;%1&quot; needs a schedule, such as &lt;daily at=&quot;04:00&quot;/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;%1&gt; &quot;%2&quot; needs a &lt;%3&gt; with its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;wait&gt; &quot;%1&quot; needs either &quot;duration&quot; or &quot;until&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid until; write a time of day HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid mode; use full or incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;%1&gt; &quot;%2&quot;: &quot;%3&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid on; the only value is expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid transition name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;scheduler&gt; &quot;%1&quot; has more than one schedule; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DefinitionValidator</name>
    <message>
        <location filename="../app/core/definitionvalidator.cpp" line="+51"/>
        <source>workflow &quot;%1&quot; contains {account} but has no accountType saying which accounts it is made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>workflow &quot;%1&quot; has an accountType but its name has no {account} placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package &quot;%1&quot; is not a known package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>variable &quot;%1&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>two activities are named &quot;%1&quot;; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workflow has no &lt;start&gt; activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workflow has %1 &lt;start&gt; activities; it must have exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has two transitions named &quot;%2&quot;; give them different names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>transition &quot;%1&quot; of %2 leads to &quot;%3&quot;, which is not an activity of this workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>transition &quot;%1&quot; of %2 leads to the &lt;start&gt; activity, which cannot be entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a &lt;test&gt; transition may have &quot;when&quot; or &quot;default&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a &lt;signal&gt; transition may have on=&quot;expiry&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transition &quot;%1&quot; of %2 needs either a &quot;when&quot; condition or default=&quot;true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs exactly one transition taken when the signal arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an expiry, so it needs one transition with on=&quot;expiry&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an on=&quot;expiry&quot; transition but no &quot;expiry&quot; duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 default transitions; at most one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 runs job &quot;%2&quot;, which is not a registered job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot have outgoing transitions; it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs exactly %2 outgoing transition(s); it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs at least %2 outgoing transitions; it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may have at most %2 outgoing transition(s); it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 joins branches, so it needs at least %2 incoming transitions; it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 cannot be reached from the start; connect it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the loop %1 has no activity that waits (scheduler, wait or signal); it would run without pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DeliverabilityLists</name>
    <message>
        <location filename="../app/jobs/delivery/deliverabilitylists.cpp" line="+31"/>
        <source>entry %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 has an unknown field &quot;%2&quot; (expected: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list is empty (refused: it would remove every entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries, more than the %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1: %2 &quot;%3&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;type&quot; must be soft, hard or ignore, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;pattern&quot; is not a valid regular expression: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;domain&quot; is not a domain name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;mask&quot; is not a host name or *.domain: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DeliverabilityUpdateJob</name>
    <message>
        <location filename="../app/jobs/delivery/deliverabilityupdatejob.cpp" line="+91"/>
        <source>GET %1 answered 304 Not Modified, but there is no earlier copy of the %2 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>GET %1: the %2 list is refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>parameter timeout must be a positive number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>external account %1: the deliverability service needs an http or https URL, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled while downloading the deliverability lists; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n entry(ies) downloaded and validated</source>
        <translation>
            <numerusform>%1: %n entry downloaded and validated</numerusform>
            <numerusform>%1: %n entries downloaded and validated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: unchanged since the last update (%n entry(ies))</source>
        <translation>
            <numerusform>%1: unchanged since the last update (%n entry)</numerusform>
            <numerusform>%1: unchanged since the last update (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, before %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deliverability lists are unchanged: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: would replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled before replacing the deliverability lists; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replaced %1 in one transaction in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DeliveryIndicatorsJob</name>
    <message>
        <location filename="../app/jobs/delivery/deliveryindicators.cpp" line="+120"/>
        <source>cancelled while recomputing delivery indicators (%1 of %2 deliveries done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parameter batch must be a positive number of deliveries, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no delivery has changed since its indicators were computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>simulation: the indicators of %n delivery(ies) would be recomputed</source>
        <translation>
            <numerusform>simulation: the indicators of %n delivery would be recomputed</numerusform>
            <numerusform>simulation: the indicators of %n deliveries would be recomputed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n delivery(ies) changed since their indicators were computed</source>
        <translation>
            <numerusform>%n delivery changed since its indicators were computed</numerusform>
            <numerusform>%n deliveries changed since their indicators were computed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>indicators of %n delivery(ies) recomputed in %1 batch(es) in %2 ms (longest transaction %3 ms)</source>
        <translation>
            <numerusform>indicators of %n delivery recomputed in %1 batch(es) in %2 ms (longest transaction %3 ms)</numerusform>
            <numerusform>indicators of %n deliveries recomputed in %1 batch(es) in %2 ms (longest transaction %3 ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::DemoGenerator</name>
    <message>
        <location filename="../app/demo/bulkinserter.cpp" line="+51"/>
        <location line="+13"/>
        <source>cannot prepare the insert into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inserting into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demo/demogenerator.cpp" line="+102"/>
        <source>the option %1 is empty and a PostgreSQL instance has no folder of its own: give the folder for the redirection-server log files (--tracking-folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this instance already holds marketing data (%1 rows in %2) that is not demo data; the demo fills an instance without any: create a new instance for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>this instance already holds demo data of seed %1 and scale %2; it cannot take a demo of seed %3 and scale %4 as well: use a new instance, or the same seed and scale to finish or keep that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this instance&apos;s demo data was generated for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>demo generation interrupted; run the same command again to continue where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>generating %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demo/demoscale.cpp" line="+27"/>
        <source>unknown demo scale &quot;%1&quot;: give small, medium, large or a number of broad logs (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a demo of %1 broad logs is out of range: give %2 to %3 rows, or small, medium or large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demo/demotrackingfiles.cpp" line="+76"/>
        <source>cannot create the tracking log folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DiagramScene</name>
    <message>
        <location filename="../ui/workflow/diagramitems.cpp" line="+68"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>when %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DrillThroughDialog</name>
    <message>
        <location filename="../ui/reports/drillthroughdialog.cpp" line="+25"/>
        <source>Facts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the first %1 facts only; there are more. Put more levels on the pivot to narrow the cell down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n fact(s).</source>
        <translation>
            <numerusform>%n fact.</numerusform>
            <numerusform>%n facts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No facts behind this cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DropZone</name>
    <message>
        <location filename="../ui/reports/pivotfields.cpp" line="+200"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drag to move; Delete to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::DurationChart</name>
    <message>
        <location filename="../ui/history/durationchart.cpp" line="+29"/>
        <source>No finished runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Duration (%n runs, peaks kept)</source>
        <translation>
            <numerusform>Duration (%n run, peaks kept)</numerusform>
            <numerusform>Duration (%n runs, peaks kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Duration (%n runs)</source>
        <translation>
            <numerusform>Duration (%n run)</numerusform>
            <numerusform>Duration (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Median: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Duration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Engine</name>
    <message>
        <location filename="../app/engine/batch.cpp" line="+30"/>
        <source>workflow #%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/commandapplier.cpp" line="+32"/>
        <source>unknown command &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start ignored: the workflow is already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start ignored: an unconditional stop was requested after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>simulation ignored: an unconditional stop was requested after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause ignored: the workflow is no longer started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: running activities finish, none starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restart ignored: an unconditional stop was requested after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>waiting for %n running activit(y/ies) to stop</source>
        <translation>
            <numerusform>waiting for %n running activity to stop</numerusform>
            <numerusform>waiting for %n running activities to stop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting activit(y/ies) run now</source>
        <translation>
            <numerusform>%n waiting activity runs now</numerusform>
            <numerusform>%n waiting activities run now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>history purged by %1: %n run(s) deleted</source>
        <translation>
            <numerusform>history purged by %1: %n run deleted</numerusform>
            <numerusform>history purged by %1: %n runs deleted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>event %1 from %2 dropped: the workflow is being stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>event %1 from %2 dropped: no activity waits for it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/definitioncache.cpp" line="+45"/>
        <source>the definition of workflow #%1 (version %2) cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/dispatcher.cpp" line="+328"/>
        <source>still running after its maximum duration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>interrupted: node %1 stopped while it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted: node %1 stopped responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1; it runs again (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; %2 is not safe to run twice, so it was not run again: check what it did, then start the workflow to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>the activity no longer exists in the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/statementcache.cpp" line="+30"/>
        <source>database error preparing &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>database error running &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/taskexecutor.cpp" line="+84"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>activity type %1 does not run on a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>condition of transition %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no condition holds and the test has no default transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>SQL error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>there is no cube named &quot;%1&quot; to aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no job named &quot;%1&quot; is available on node %2 (available: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/engine/workflowoutcomes.cpp" line="+50"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/workflowlifecycle.cpp" line="+25"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the workflow has no start activity, scheduler or signal: nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run %1 started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 started (%2 by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a simulation: activities with side effects are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Run %1 succeeded in %2 (%n rows processed)</source>
        <translation>
            <numerusform>Run %1 succeeded in %2 (%n row processed)</numerusform>
            <numerusform>Run %1 succeeded in %2 (%n rows processed)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 stopped after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 failed after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sub-workflow %1, run %2, failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>resumed by %1; %n failed activit(y/ies) run again</source>
        <translation>
            <numerusform>resumed by %1; %n failed activity runs again</numerusform>
            <numerusform>resumed by %1; %n failed activities run again</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>abandoned by an unconditional stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>stopped; starting again (restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting again (restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>finished: nothing is left to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>scheduler %1 of workflow %2 has no schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduler %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/workflowruntime.cpp" line="+117"/>
        <source>task #%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transition from %1 leads to an unknown activity &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not activated (execution: do not activate); the branch ends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not executed (execution: activate but do not execute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulation: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulation: passed without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>alert sent to the operator group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the schedule has no future time; the scheduler ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>scheduled time skipped: %n run(s) still running (concurrency limit)</source>
        <translation>
            <numerusform>scheduled time skipped: %n run still running (concurrency limit)</numerusform>
            <numerusform>scheduled time skipped: %n runs still running (concurrency limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n scheduled time(s) passed while the engine was stopped or the workflow paused (first due %1); running once now</source>
        <translation>
            <numerusform>%n scheduled time passed while the engine was stopped or the workflow paused (first due %1); running once now</numerusform>
            <numerusform>%n scheduled times passed while the engine was stopped or the workflow paused (first due %1); running once now</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the schedule has no further time; the scheduler ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>there is no workflow named &quot;%1&quot; to run as a sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a workflow cannot run itself as a sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sub-workflow %1 is being stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sub-workflow %1 started (its run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/workflowoutcomes.cpp" line="-3"/>
        <source>parked: node %1 is shutting down; it runs again on the next node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>error ignored (on error: ignore); the workflow goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workflow %1 failed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workflow stops (on error: abort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error tolerated (error management: ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error %1 in a row tolerated; the workflow pauses at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>watchdog: %1 runs again in %2 (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the workflow is paused after this error; fix the cause, then start it to run %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the activity no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no event arrived before the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>event received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/journalbuffer.cpp" line="+72"/>
        <source>the journal search index has lost its state: table journal_search_state has no row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::EngineController</name>
    <message>
        <location filename="../ui/common/enginecontroller.cpp" line="+42"/>
        <source>Engine: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine: node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine: in this console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ExplorerModel</name>
    <message numerus="yes">
        <location filename="../ui/explorer/explorermodel.cpp" line="+115"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n idle</source>
        <translation>
            <numerusform>%n idle</numerusform>
            <numerusform>%n idle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Workflows: %n</source>
        <translation>
            <numerusform>Workflows: %n</numerusform>
            <numerusform>Workflows: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::FieldList</name>
    <message>
        <location filename="../ui/reports/pivotfields.cpp" line="-162"/>
        <source>Drag a dimension or a measure onto the pivot, or use its context menu (Menu key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::FilterDialog</name>
    <message>
        <location filename="../ui/reports/drillthroughdialog.cpp" line="+16"/>
        <source>Leave the checked members out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::FolderRepository</name>
    <message>
        <location filename="../app/store/folderrepository.cpp" line="+60"/>
        <location line="+17"/>
        <source>there is no folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&quot;%1&quot; is not a folder path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Folders</name>
    <message>
        <location filename="../app/core/explorertree.cpp" line="+46"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Technical workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Message Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cubes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ForecastingJob</name>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/forecastingjob.cpp" line="+52"/>
        <source>mean of the last %n %1 deliveries</source>
        <translation>
            <numerusform>mean of the last %n %1 delivery</numerusform>
            <numerusform>mean of the last %n %1 deliveries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no email history: recipients with a usable email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cancelled while removing stale provisional logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>parameter batch must be a positive number of deliveries, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>cancelled while forecasting deliveries after id %1 (%n forecast, kept)</source>
        <translation>
            <numerusform>cancelled while forecasting deliveries after id %1 (%n forecast, kept)</numerusform>
            <numerusform>cancelled while forecasting deliveries after id %1 (%n forecast, kept)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2) on %3: no past %2 delivery to estimate from; no provisional log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%2) on %3: %n message(s) forecast (%4)</source>
        <translation>
            <numerusform>%1 (%2) on %3: %n message forecast (%4)</numerusform>
            <numerusform>%1 (%2) on %3: %n messages forecast (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n provisional delivery(ies) forecast: %1 message(s) in total; %2 stale provisional log(s) removed; in %3 ms%4</source>
        <translation>
            <numerusform>%n provisional delivery forecast: %1 message(s) in total; %2 stale provisional log(s) removed; in %3 ms%4</numerusform>
            <numerusform>%n provisional deliveries forecast: %1 message(s) in total; %2 stale provisional log(s) removed; in %3 ms%4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (simulation: nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Formatting</name>
    <message>
        <location filename="../ui/common/formatting.cpp" line="+24"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::GanttView</name>
    <message>
        <location filename="../ui/history/ganttview.cpp" line="+33"/>
        <source>Select a run to see its tasks on a time line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This run has no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 (task %2, attempt %3): %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapCollectorJob</name>
    <message>
        <location filename="../app/jobs/defaultinstall/heatmapcollectorjob.cpp" line="+90"/>
        <source>cannot prepare the heat-map slot insert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot store the heat-map slot of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>parameter batch must be a positive number of runs, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>simulation: %n run(s) would be collected</source>
        <translation>
            <numerusform>simulation: %n run would be collected</numerusform>
            <numerusform>simulation: %n runs would be collected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>cancelled while collecting runs after run %1 (%n run(s) stored, kept)</source>
        <translation>
            <numerusform>cancelled while collecting runs after run %1 (%n run stored, kept)</numerusform>
            <numerusform>cancelled while collecting runs after run %1 (%n runs stored, kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n run(s) left running in the heat map no longer exist (history purged): closed at their last known duration</source>
        <translation>
            <numerusform>%n run left running in the heat map no longer exists (history purged): closed at its last known duration</numerusform>
            <numerusform>%n runs left running in the heat map no longer exist (history purged): closed at their last known duration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n run(s) collected (%1 still running) in %2 ms</source>
        <translation>
            <numerusform>%n run collected (%1 still running) in %2 ms</numerusform>
            <numerusform>%n runs collected (%1 still running) in %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapLegend</name>
    <message>
        <location filename="../ui/heatmap/heatmaplegend.cpp" line="+34"/>
        <location line="+22"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nothing ran)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapModel</name>
    <message>
        <location filename="../ui/heatmap/heatmapmodel.cpp" line="+81"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such time in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n workflow(s) scheduled to run</source>
        <translation>
            <numerusform>%1: %n workflow scheduled to run</numerusform>
            <numerusform>%1: %n workflows scheduled to run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n workflow(s) running</source>
        <translation>
            <numerusform>%1: %n workflow running</numerusform>
            <numerusform>%1: %n workflows running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapPage</name>
    <message>
        <location filename="../ui/heatmap/heatmappage.cpp" line="+83"/>
        <source>Workflow heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs the schedules of the started workflows will trigger, each as long as its recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the runs that lasted at least this long (running ones: so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technical and marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click a cell, or move to it and press Enter, to list what ran then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workflow / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run in its workflow&apos;s History tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>workflows scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workflows running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n run(s) scheduled</source>
        <translation>
            <numerusform>%1: %n run scheduled</numerusform>
            <numerusform>%1: %n runs scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n run</numerusform>
            <numerusform>%1: %n runs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its history was purged: only the heat map remembers this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapQuery</name>
    <message>
        <location filename="../app/reports/heatmapquery.cpp" line="+156"/>
        <source>see the workflow heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the heat map needs a valid day and time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::HistoryData</name>
    <message>
        <location filename="../ui/history/historydata.cpp" line="+47"/>
        <source>Run %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::HistoryView</name>
    <message>
        <location filename="../ui/history/historyview.cpp" line="+34"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 newest runs shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a run to see its tasks on a time line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select only one run to see its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select exactly two runs to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tasks of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot compare the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::HttpClient</name>
    <message>
        <location filename="../app/jobs/connectors/httpclient.cpp" line="+66"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GET %1: the answer is larger than %2 bytes; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GET %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Instance</name>
    <message>
        <location filename="../app/store/instance.cpp" line="+27"/>
        <source>there is no instance at %1; create one with &quot;nightshiftctl init --instance %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Nightshift instance (it has no schema); create one with &quot;nightshiftctl init&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::InstanceList</name>
    <message>
        <location filename="../ui/login/instancelist.cpp" line="+26"/>
        <source>Default instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::InstanceLocation</name>
    <message>
        <location filename="../app/store/instancelocation.cpp" line="+24"/>
        <source>no instance given: pass a SQLite file path or a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL; write postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PostgreSQL URL names no database; write postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::InstanceSnapshot</name>
    <message>
        <location filename="../app/store/instancesnapshot.cpp" line="+24"/>
        <source>stored definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stored definition of workflow %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::JournalLevel</name>
    <message>
        <location filename="../app/core/executionstatus.cpp" line="+17"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::JournalModel</name>
    <message>
        <location filename="../ui/journal/journalmodel.cpp" line="+140"/>
        <location line="+64"/>
        <source>Cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::JournalQuery</name>
    <message>
        <location filename="../ui/journal/journalquery.cpp" line="+243"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::JournalView</name>
    <message>
        <location filename="../ui/journal/journalview.cpp" line="+76"/>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the lines of this level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the lines of one activity (its name, as in the definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in messages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or F3 finds the next line containing the text, Shift+F3 the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous line containing the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next line containing the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the oldest lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the newest lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the lines the filters show to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows new lines at the bottom as the engine writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the search or export (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot search the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No line further down contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No line further up contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n lines to %1.</source>
        <translation>
            <numerusform>Exported %n line to %1.</numerusform>
            <numerusform>Exported %n lines to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No lines match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines read</source>
        <translation>
            <numerusform>%Ln line read</numerusform>
            <numerusform>%Ln lines read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; scroll for older and newer lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, up to the newest; scroll up for older lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the oldest; scroll down for newer lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::LoginAttempt</name>
    <message>
        <location filename="../ui/login/loginattempt.cpp" line="+26"/>
        <source>Cannot open the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error while logging in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+30"/>
        <source>Keep the password in the system keyring; untick to forget a remembered one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log In — Nightshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nightshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in to an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a SQLite file or a PostgreSQL database to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only if the URL and NIGHTSHIFT_PGPASSWORD give none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot use the instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot use this instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password remembered in the keyring was refused: type the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>Updating the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+69"/>
        <source>Nightshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%1 (no heartbeat for %n s)</source>
        <translation>
            <numerusform>%1 (no heartbeat for %n s)</numerusform>
            <numerusform>%1 (no heartbeat for %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the folders and workflows of the instance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find any action or workflow by typing a few letters of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purge settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the database cleanup keeps each kind of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+141"/>
        <source>Purge settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — Nightshift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No instance open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press F5 to try again once the problem above is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in to change the purge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Workflow status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="+34"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Migrator</name>
    <message>
        <location filename="../app/store/migrator.cpp" line="+54"/>
        <source>this instance has schema version %1, made by a newer Nightshift; this version knows schema versions up to %2. Upgrade Nightshift to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>upgrading the instance to schema version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::NotificationBell</name>
    <message>
        <location filename="../ui/notifications/notificationbell.cpp" line="+44"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notifications sent to your groups and to you: alerts of workflows, and paused workflows (cleanupPausedWorkflows). Acknowledging one records who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot read the notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n unread notification(s): click to read them</source>
        <translation>
            <numerusform>%n unread notification: click to read it</numerusform>
            <numerusform>%n unread notifications: click to read them</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot acknowledge: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::NotificationModel</name>
    <message>
        <location filename="../ui/notifications/notificationmodel.cpp" line="+64"/>
        <source>(deleted workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::OfferMgtJob</name>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/offermgtjob.cpp" line="+59"/>
        <source>cancelled while %1 (%n row(s) done, kept)</source>
        <translation>
            <numerusform>cancelled while %1 (%n row done, kept)</numerusform>
            <numerusform>cancelled while %1 (%n rows done, kept)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removing from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>deploying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>offer %1 not deployed: it has no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offer %1 not deployed: its category %2 is not online (state %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category %1 not deployed: its parent %2 is not online (state %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more offer(s) or category(ies) not deployed for the same reasons</source>
        <translation>
            <numerusform>%n more offer or category not deployed for the same reasons</numerusform>
            <numerusform>%n more offers or categories not deployed for the same reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>simulation: %n offer(s) and category(ies) wait for deployment; nothing written</source>
        <translation>
            <numerusform>simulation: %n offer or category waits for deployment; nothing written</numerusform>
            <numerusform>simulation: %n offers and categories wait for deployment; nothing written</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter batch must be a positive number of rows, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>removed from the online environment: %1 category(ies) and %2 offer(s) in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n category(ies) deployed in %1 ms</source>
        <translation>
            <numerusform>%n category deployed in %1 ms</numerusform>
            <numerusform>%n categories deployed in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n offer(s) deployed in %1 ms</source>
        <translation>
            <numerusform>%n offer deployed in %1 ms</numerusform>
            <numerusform>%n offers deployed in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::OperatorAdmin</name>
    <message>
        <location filename="../app/security/operatoradmin.cpp" line="+71"/>
        <source>manage operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a valid login: start with a letter or _, then letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an operator %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>your operator does not exist any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current password is wrong; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is no operator group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a right; use administration, workflow, sqlScript, fileAccess, export, import, privacyData, or @group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operator %1 does not hold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>you cannot disable yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>you cannot delete yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::OperatorRepository</name>
    <message>
        <location filename="../app/store/operatorrepository.cpp" line="+51"/>
        <source>there is no operator group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::OptionsPage</name>
    <message>
        <location filename="../ui/explorer/optionspage.cpp" line="+16"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Log in to see and change the purge settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instance is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PackageInstaller</name>
    <message>
        <location filename="../app/store/packageinstaller.cpp" line="+23"/>
        <source>install packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no package &quot;%1&quot;; &quot;nightshiftctl packages list&quot; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder of package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a workflow named &quot;%1&quot; already exists; rename or delete it before installing package %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add external accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid account name: start with a letter or _, then letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an external account type; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PasswordHasher</name>
    <message>
        <location filename="../app/security/passwordhasher.cpp" line="+30"/>
        <source>the password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password must have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the cryptography library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PivotChart</name>
    <message>
        <location filename="../ui/reports/pivotchart.cpp" line="+45"/>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacked bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a measure to see a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(first %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PivotExport</name>
    <message>
        <location filename="../ui/reports/pivotexport.cpp" line="+63"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+8"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PivotFormat</name>
    <message>
        <location filename="../ui/reports/pivotformat.cpp" line="+36"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PivotModel</name>
    <message>
        <location filename="../ui/reports/pivotmodel.cpp" line="+289"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PivotTable</name>
    <message>
        <location filename="../ui/reports/pivottable.cpp" line="+88"/>
        <source>The cube &quot;%1&quot; has no measure &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cube &quot;%1&quot; has no level &quot;%2.%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PlaceholderPage</name>
    <message>
        <location filename="../ui/common/placeholderpage.cpp" line="+39"/>
        <source>The “%1” view is not available in this version of Nightshift yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PrincipalLoader</name>
    <message>
        <location filename="../app/security/principalloader.cpp" line="+45"/>
        <source>operator %1 does not exist (any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PropertiesPage</name>
    <message>
        <location filename="../ui/workflow/propertiespage.cpp" line="+25"/>
        <source>Log the SQL statements of the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart automatically after an error (watchdog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any engine node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the process (failed and paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> errors in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Supervisor group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;affinity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concurrency limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>An internal name starts with a letter or _, then letters, digits or _ (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another workflow is already named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none (not a technical workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit workflow properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PurgeSettings</name>
    <message>
        <location filename="../app/store/purgesettings.cpp" line="+27"/>
        <source>Consolidated tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer propositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy request files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database statistics after a purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the value must be one of %2; got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the retention must be a whole number of days from %2 to %3; got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+14"/>
        <source>%1: the purge setting %2 is missing from the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change the purge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is no purge setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::PurgeSettingsDialog</name>
    <message>
        <location filename="../ui/options/purgesettingsdialog.cpp" line="+25"/>
        <source>Purge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the database cleanup keeps each kind of data, in days (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the purge settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change the purge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stored values are invalid; the cleanup will not run until they are corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The purge settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::RememberedPasswords</name>
    <message>
        <location filename="../ui/login/rememberedpasswords.cpp" line="+95"/>
        <source>The keyring could not forget the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring could not remember the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keyring did not answer: the password was neither remembered nor forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ReportingAggregatesJob</name>
    <message>
        <location filename="../app/jobs/delivery/reportingaggregatesjob.cpp" line="+96"/>
        <source>parameter batch must be a positive number of broad logs, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter full must be true or false, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>simulation: %n broad log(s) would be aggregated</source>
        <translation>
            <numerusform>simulation: %n broad log would be aggregated</numerusform>
            <numerusform>simulation: %n broad logs would be aggregated</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>full rebuild: aggregate emptied in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the watermark (broad log %1) is beyond the newest broad log (%2): logs were deleted; run with full=true to recount what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>cancelled while aggregating broad logs after id %1 (%n counted, kept)</source>
        <translation>
            <numerusform>cancelled while aggregating broad logs after id %1 (%n counted, kept)</numerusform>
            <numerusform>cancelled while aggregating broad logs after id %1 (%n counted, kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n broad log(s) aggregated, up to id %1; the aggregate holds %2 row(s); in %3 ms</source>
        <translation>
            <numerusform>%n broad log aggregated, up to id %1; the aggregate holds %2 row(s); in %3 ms</numerusform>
            <numerusform>%n broad logs aggregated, up to id %1; the aggregate holds %2 row(s); in %3 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::Rights</name>
    <message>
        <location filename="../app/core/rights.cpp" line="+15"/>
        <source>ADMINISTRATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WORKFLOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL script execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::RunComparisonView</name>
    <message>
        <location filename="../ui/history/runcomparisonview.cpp" line="+34"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities (executions × time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Journal: the same messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal differences (numbers masked as #)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(only the first 100,000 lines of each run were compared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::RunStatus</name>
    <message>
        <location filename="../app/core/executionstatus.cpp" line="+9"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::RunsModel</name>
    <message>
        <location filename="../ui/history/runsmodel.cpp" line="+83"/>
        <source>Cannot read the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ScheduleCalculator</name>
    <message>
        <location filename="../app/core/schedulecalculator.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a known time zone; use server, operator or a name such as Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;every&gt; interval must be whole minutes, from 1m to 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;continuous&gt; pause must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ScheduleDialog</name>
    <message>
        <location filename="../ui/workflow/scheduledialog.cpp" line="+36"/>
        <source>Several times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every N minutes or hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on a weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>01:00, 07:00, 13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10m, 1h, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>08:00 (optional, with To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 … 31, or last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM-DD, e.g. 12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-12-01T09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>*/15 8-18 * * mon-fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>04:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone and validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Never runs again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ScheduleSpec</name>
    <message>
        <location filename="../app/core/schedulespec.cpp" line="-62"/>
        <source>&lt;%1&gt; attribute &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;%1&gt; needs a &quot;%2&quot; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a time of day written HH:MM (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at least one time of day, HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a time of day written HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a day; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;%1&gt; is not a schedule; use one of times, every, daily, weekly, monthly, yearly, once, cron, continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;%1&gt; has no attribute &quot;%2&quot;; it accepts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a daily schedule has one time; use &lt;times&gt; for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be whole minutes, from 1m to 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a window needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the window must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either &quot;day&quot; (1 to 31 or last) or &quot;ordinal&quot; with &quot;weekday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a day of the month (1 to 31, or last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goes with &quot;ordinal&quot;, not with &quot;day&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not one of first, second, third, fourth, last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a date written MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date and time written YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not server, operator or a known time zone such as Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the validity period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a positive number of runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::ScriptSandbox</name>
    <message>
        <location filename="../app/engine/scriptsandbox.cpp" line="+196"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>variables hold numbers, strings, booleans, null, arrays and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a function, which a variable cannot keep (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a %2, which a variable cannot keep (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refers back to an object that contains it (a cyclic object), which a variable cannot keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must stay an object (the script set it to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds a %2 object, which a variable cannot keep (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the JavaScript sandbox could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the JavaScript sandbox failed to read the script&apos;s variables back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped after the time limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+60"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n further line(s) logged by the script were dropped (at most %1 are kept)</source>
        <translation>
            <numerusform>%n further line logged by the script was dropped (at most %1 are kept)</numerusform>
            <numerusform>%n further lines logged by the script were dropped (at most %1 are kept)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the condition is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::SecretStore</name>
    <message>
        <location filename="../app/security/secretstore.cpp" line="+39"/>
        <source>there is no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No keyring is available on this system: the password will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::SmtpClient</name>
    <message>
        <location filename="../app/jobs/connectors/smtpclient.cpp" line="+72"/>
        <source>&quot;%1&quot; is not an smtp:// or smtps:// server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending mail to %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::SnapshotLoader</name>
    <message>
        <location filename="../ui/common/snapshotloader.cpp" line="+116"/>
        <source>Cannot open the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot read the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Unexpected error while loading the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the workflows&apos; triggers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Store</name>
    <message>
        <location filename="../app/store/sqlsupport.cpp" line="+34"/>
        <source>database error preparing &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database error running &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>cannot start a write transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::TaskTableModel</name>
    <message>
        <location filename="../ui/workflow/tasktablemodel.cpp" line="+40"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::TrackingJob</name>
    <message>
        <location filename="../app/jobs/delivery/trackingingest.cpp" line="+117"/>
        <source>it is shorter (%1 bytes) than the %2 bytes already collected from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot cut %1 back to its committed size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1 from byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled while collecting %1 at line %2 (the next run resumes there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown URL tag &quot;%1&quot; for delivery %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 is collected but cannot be moved to %2: %3 (the next run moves it without reading it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/trackingjob.cpp" line="+30"/>
        <source>parameter folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no tracking log folder is set: set the option %1 (Options) to the folder where the redirection servers write their log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tracking log folder %1 (%2) does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tracking log folder %1 (%2) is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tracking log folder %1 (%2) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter chunk must be a number of lines (0: sized automatically), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>simulation: %n file(s) of %1 bytes would be collected from %2</source>
        <translation>
            <numerusform>simulation: %n file of %1 bytes would be collected from %2</numerusform>
            <numerusform>simulation: %n files of %1 bytes would be collected from %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled while collecting tracking logs (%1 of %2 files done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read (%2): left in place, the next run tries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 was already collected (%n line(s)): moved to done/ without reading it again</source>
        <translation>
            <numerusform>%1 was already collected (%n line): moved to done/ without reading it again</numerusform>
            <numerusform>%1 was already collected (%n lines): moved to done/ without reading it again</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (resumed where an interrupted run stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n event(s) collected%2</source>
        <translation>
            <numerusform>%1: %n event collected%2</numerusform>
            <numerusform>%1: %n events collected%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n event(s) collected%2, %3 corrupt line(s) of %4 rejected to rejects/%1.rejects (%5)</source>
        <translation>
            <numerusform>%1: %n event collected%2, %3 corrupt line(s) of %4 rejected to rejects/%1.rejects (%5)</numerusform>
            <numerusform>%1: %n events collected%2, %3 corrupt line(s) of %4 rejected to rejects/%1.rejects (%5)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled before recomputing delivery indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) collected: %1 event(s), %2 line(s) rejected, %3 file(s) left unread; indicators of %4 delivery(ies) recomputed; in %5 ms (longest transaction %6 ms)</source>
        <translation>
            <numerusform>%n file collected: %1 event(s), %2 line(s) rejected, %3 file(s) left unread; indicators of %4 delivery(ies) recomputed; in %5 ms (longest transaction %6 ms)</numerusform>
            <numerusform>%n files collected: %1 event(s), %2 line(s) rejected, %3 file(s) left unread; indicators of %4 delivery(ies) recomputed; in %5 ms (longest transaction %6 ms)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/trackinglogline.cpp" line="+75"/>
        <source>holds a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tab-separated field(s) instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an ISO-8601 UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event type &quot;%1&quot; (open, click or optout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a delivery id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a broad log id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a recipient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a click without a URL tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::Triggers</name>
    <message>
        <location filename="../app/core/triggerdescription.cpp" line="+39"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weekly on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>monthly on the %1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on the last day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly on day %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yearly on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>once on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>continuously, pausing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continuously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowActions</name>
    <message>
        <location filename="../ui/actions/workflowactions.cpp" line="+45"/>
        <source>Start the selected workflows (a paused one resumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause: no new activity starts, running ones finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop: cancel what can be cancelled, then finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and start again, keeping the instance variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop at once, abandoning running tasks: the way out of a stuck stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the waiting tasks now, without waiting for their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run once skipping the activities with side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the runs, tasks and journal of the selected workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the workflow (also Enter or a double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Log in to act on workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one or more workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A command is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was not sent to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 queued for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowCatalog</name>
    <message>
        <location filename="../app/core/workflowcatalog.cpp" line="+24"/>
        <source>cannot read the package list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the package list must start with &lt;packages&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &lt;%1&gt;; expected &lt;package&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a &lt;package&gt; needs an id (an identifier), a label and a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the package list is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>workflow &quot;%1&quot; declares package &quot;%2&quot; but lies in the folder of package &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowCommand</name>
    <message>
        <location filename="../app/core/workflowcommand.cpp" line="+23"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconditionally stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>execute the pending tasks of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge the history of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post an event to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot %1 the workflow: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1; wait for the engine to apply that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1; stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>it is %1, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>it is %1, not started or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>it is %1; there is nothing to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1 and has never run; start it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowDocument</name>
    <message>
        <location filename="../ui/workflow/workflowdocument.cpp" line="+80"/>
        <source>Move to folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AND-join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JavaScript code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowEditor</name>
    <message>
        <location filename="../app/engine/workfloweditor.cpp" line="+102"/>
        <source>%1 is a template (its name contains {account}); templates come with their package and are instantiated per external account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+92"/>
        <source>workflow %1 belongs to package &quot;%2&quot;; the definition says &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>workflow %1 belongs to package %2, which is not installed; install it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a technical workflow; say which folder it goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+110"/>
        <source>folder %1 holds the &quot;%2&quot; view, not workflows; choose a folder of workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&quot;%1&quot; is not a valid internal name: a letter or _, then letters, digits or _, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 cannot be renamed: %2 run it as a sub-workflow by that name; change those activities first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the workflow no longer exists (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the internal name of %1 comes with package %2, which finds the workflow by it; it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the internal name of %1 comes from template %2; it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another workflow is already named %1; internal names are unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the folder chosen for %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-234"/>
        <source>operator %1 may not save workflow %2: its activity %3 runs SQL, which needs the right %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowListModel</name>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="+203"/>
        <source>%1, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowListPage</name>
    <message>
        <location filename="../ui/workflows/workflowlistpage.cpp" line="+32"/>
        <source>E&amp;xclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the workflows whose label, internal name or package contain every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the workflows in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the workflows of this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the workflows of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the workflows that do not match the state, package and severity chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Every workflow of the instance in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Workflows: %n</source>
        <translation>
            <numerusform>Workflows: %n</numerusform>
            <numerusform>Workflows: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workflows in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No workflows in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Workflows: %1 of %n</source>
        <translation>
            <numerusform>Workflows: %1 of %n</numerusform>
            <numerusform>Workflows: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowRepository</name>
    <message>
        <location filename="../app/store/workflowrepository.cpp" line="+89"/>
        <source>there is no workflow with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stored definition of workflow %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowState</name>
    <message>
        <location filename="../app/core/workflowstate.cpp" line="+17"/>
        <source>Being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowWindow</name>
    <message>
        <location filename="../ui/workflow/workflowdata.cpp" line="+47"/>
        <location line="+6"/>
        <source>The workflow no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflow/workflowediting.cpp" line="+39"/>
        <source>no job chosen: say which job it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job &quot;%1&quot; is not a job the engine knows; it would fail when run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cube chosen: say which cube&apos;s aggregate it updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cube &quot;%1&quot; has no aggregate job in the engine; it would fail when run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No problems found: the workflow can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No blocking problem: the workflow can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workflow has problems (see Issues); correct them before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a valid definition (see Issues); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 defines workflow %2, not %3; open that workflow to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1; save to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflow/workflowwindow.cpp" line="+54"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Workflow definitions (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect (drag from one activity to another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add: %1 (click, or drag onto the diagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot open the workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The internal name comes with package %1, which finds the workflow by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The internal name comes from template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the latest run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest run #%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workflow has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflow/workflowwindows.cpp" line="+32"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+55"/>
        <location filename="../app/cli/logincommand.cpp" line="+45"/>
        <source>log in with --login NAME (or NIGHTSHIFT_LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login refused with the password remembered in the keyring: %1; run &quot;nightshiftctl login --forget&quot;, then log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nightshiftctl: waiting for the system keyring (it may ask to be unlocked)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keyring did not answer within two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/controlcommands.cpp" line="+23"/>
        <source>give the workflow name and the event (signal) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/logscommand.cpp" line="+71"/>
        <location filename="../app/cli/monitorcommands.cpp" line="+313"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+154"/>
        <location line="+56"/>
        <source>give exactly one workflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--param takes key=value, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queued: %1 %2 (command %3); it shows &quot;%4&quot; until an engine node applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A start parameter, key=value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start a workflow, or resume a paused one (--param for start parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause a workflow: no new activity starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop a workflow: cancel what can be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop a workflow unconditionally (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and start a workflow, keeping its instance variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execute a workflow&apos;s pending tasks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge a workflow&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a workflow without side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post an event to a workflow&apos;s signal activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid login: start with a letter or _, then letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instance %1 already exists; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already initialized; it has %2 operator(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created instance %1 with administrator &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print the instance the other commands would use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create an instance (SQLite file or PostgreSQL database) with its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login of the administrator to create (default: admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/main.cpp" line="+96"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+208"/>
        <location filename="../app/cli/packagecommands.cpp" line="+151"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeed without changes when the instance already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-71"/>
        <source>Usage: nightshiftctl [--instance PATH|URL] [--login NAME] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instance is a SQLite file path or a postgresql://user@host:port/database URL; without --instance,
NIGHTSHIFT_INSTANCE or the default instance (%1) is used.
Commands other than init and instance path log in: --login or NIGHTSHIFT_LOGIN names the operator;
the password comes from NIGHTSHIFT_PASSWORD, else from the keyring (&quot;nightshiftctl login --remember&quot;),
else it is asked on the terminal.
Run &quot;nightshiftctl COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>nightshiftctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instance: a SQLite file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator to log in as (default: NIGHTSHIFT_LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &quot;nightshiftctl %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nightshiftctl: %1 takes no arguments; unexpected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorcommands.cpp" line="-169"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <source>give exactly one login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Password for the new operator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at most one login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give a login and a right (or @group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List operators, their groups and rights (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an operator (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="+111"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+222"/>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorcommands.cpp" line="+2"/>
        <source>Group to join (repeatable): admin, workflowExecution, workflowSupervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new operator&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your password, or reset another operator&apos;s (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant a right, or membership of @group (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke a right, or membership of @group (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable an operator (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable an operator (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete an operator (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the audit trail, newest first (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this operator&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this action (e.g. workflow.start), or a prefix ending in &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only objects whose name contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this day on (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+56"/>
        <source>%1 of %2 rows, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1%  %2 of %3 rows, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give the size with --scale small|medium|large|ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the seed must be a whole number from 0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the anchor must be a date such as 2026-05-01, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>generate demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This instance already holds this demo (seed %1, scale %2); nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data anchored at %1 (seed %2); redirection-server files in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 rows in the instance; %2 rows written in %3 s (%4 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fill the instance with deterministic demo data (resumable; needs ADMINISTRATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>small (50,000 broad logs), medium (1 M), large (10 M) or a number of broad logs; every other table is sized from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the data (default 1): the same seed and scale give the same rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day the data treats as today (default: today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the redirection-server log files (default: the tracking.logFolder option, else next to a SQLite instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <source>Up to this day, included (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many entries (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-14"/>
        <location line="+15"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommands.cpp" line="-109"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name at least one package to install; &quot;nightshiftctl packages list&quot; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no package &quot;%1&quot;; &quot;nightshiftctl packages list&quot; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>installing %1 failed, nothing of it was installed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package %1 is already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed package %1: %2 workflow(s) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give exactly one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the account type with --type, e.g. --type messageCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--settings is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--settings must be a JSON object, e.g. {&quot;from&quot;: &quot;noreply@example.com&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added external account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created workflow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the packages and whether each is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install packages: their folder and technical workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an external account (creates e.g. mcSynch_&lt;name&gt; for Message Center accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account type: messageCenter, smtp, deliverability, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label shown in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s login on the server (the password comes from the environment variable NIGHTSHIFT_ACCOUNT_PASSWORD_&lt;NAME&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type-specific settings as a JSON object, e.g. for smtp {&quot;from&quot;: &quot;noreply@example.com&quot;, &quot;security&quot;: &quot;starttls&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passwordprompt.cpp" line="+49"/>
        <source>no password: set NIGHTSHIFT_PASSWORD, or run on a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the %1 password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the %1 password from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+85"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-305"/>
        <location line="+16"/>
        <location filename="../app/cli/workflowcommands.cpp" line="-223"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+0"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-16"/>
        <location line="+16"/>
        <location line="+143"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+0"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="+100"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+0"/>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+39"/>
        <source>No workflows: install a package with &quot;nightshiftctl packages install&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorsupport.cpp" line="+152"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-118"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+35"/>
        <source>there is no workflow named &quot;%1&quot;; &quot;nightshiftctl workflows list&quot; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+28"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: not a technical workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorsupport.cpp" line="-47"/>
        <source>--%1 takes a positive number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-331"/>
        <source>unknown workflow state &quot;%1&quot;; the states are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUNNING TASKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none: no nightshiftd has registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFFINITIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEARTBEAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--state and --failed filter the list of workflows; give no workflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 (%2), %3, started %4, ended %5, took %6, %7 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last run error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAKE AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUESTED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUESTED AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLAIMED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give at most one workflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown run status &quot;%1&quot;; the statuses are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No %1 runs of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="-9"/>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown journal level &quot;%1&quot;; the levels are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>workflow %1 has no run %2; &quot;nightshiftctl runs %1&quot; lists its runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>workflow %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="+16"/>
        <source>Show the workflows and engine nodes, or one workflow&apos;s tasks and pending commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only workflows in this state (e.g. started, paused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only failed workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>List a workflow&apos;s runs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many runs (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only runs with this status: running, succeeded, failed, stopped, interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a workflow&apos;s journal, oldest first (--follow for new lines as they come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only lines of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines of this level or above: debug, info, warning, error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines of this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last this many lines (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then print new lines as they come, until interrupted (exit code 0) or the workflow is deleted (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, saved %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give exactly one definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a template (its name contains {account}); templates come with their package and are instantiated by &quot;nightshiftctl accounts add&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workflow %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated workflow %1 to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported workflow %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List workflows as a tree by folder, or as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a table instead of a tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one workflow&apos;s properties and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a workflow&apos;s definition (to standard output, or a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create or update a workflow from a definition file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder path for a new non-technical workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="-13"/>
        <source>no keyring is available on this system (%1); set NIGHTSHIFT_PASSWORD or type the password each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No keyring is available on this system: nothing was remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot forget the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the password of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--remember and --forget exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot remember the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot remember the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is remembered in the keyring: commands no longer ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in; --remember keeps the password in the keyring, --forget removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store the password (and a PostgreSQL password) in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove what --remember stored for this instance and login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="-75"/>
        <source>--spec takes one schedule element such as &lt;daily at=&quot;04:00&quot;/&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;%1&gt; has a child element &lt;%2&gt;; a schedule has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>workflow &quot;%1&quot; has no scheduler activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workflow &quot;%1&quot; has no scheduler activity named &quot;%2&quot;; its schedulers: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give exactly one of --spec &apos;&lt;daily at=&quot;04:00&quot;/&gt;&apos;, --cron EXPRESSION or --workflow NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--activity goes with --workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--count takes a number from 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from takes a date and time written YYYY-MM-DDTHH:MM, optionally with seconds and an offset (Z, +02:00), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timezone &quot;%1&quot; is not a known time zone; use a name such as Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no fire time after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the next fire times of a schedule, or of a workflow&apos;s schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One schedule element, as in a definition: &apos;&lt;daily at=&quot;04:00&quot;/&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cron expression: minute hour day month weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the schedulers of this workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --workflow: only this scheduler activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many fire times to print (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="-6"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+0"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+2"/>
        <source>Start after this ISO 8601 date and time (default now); without an offset, in the schedule&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone that &quot;server&quot; and &quot;operator&quot; stand for (default the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::daemon</name>
    <message>
        <location filename="../app/daemon/main.cpp" line="+37"/>
        <source>Nightshift engine node: serves one instance headless, until SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance: a SQLite file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affinities this node serves, e.g. &quot;A,B,&quot; (a trailing comma: also workflows without affinity). Default: &quot;,&quot; (only those without).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name, stable across restarts so the node takes its interrupted tasks back at once (default: the host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads running activities (default: 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds after which another node takes over the tasks of a node that stopped sending heartbeats (default: 30; heartbeats come six times per lease).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--workers must be a number from 1 to 256, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lease must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>node %1 serves %2 (affinities &quot;%3&quot;, %4 workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signal %1 received; stopping (running tasks are parked or finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeDefinitions</name>
    <message>
        <location filename="../app/reports/cubedefinition.cpp" line="+37"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cube &quot;%1&quot;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not contain &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a name (a letter, then letters, digits or _; at most 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must be a number of members from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs at least two ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every range but the last needs an upper bound, the last none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounds must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not one of values, ranges, top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ranges take their labels from the ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not one of date, values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not one of year, quarter, month, day, hour, weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is already a level of this dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not one of count, sum, avg, min, max, stddev, quantile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a fraction above 0 and at most 1, e.g. 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not one of rate, proportion, variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs at least one dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not one of day, month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is already a rollup of this cube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cube&apos;s and the rollup&apos;s names together must not exceed %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every quantile of a cube must rank the same expression (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is already a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a measure of this cube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a dimension of this cube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first measure must be an unfiltered count (it ranks top members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a JSON object: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot read the cube definition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cube definitions are built in (:/cubes is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no cube named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeJob</name>
    <message>
        <location filename="../app/reports/cubejob.cpp" line="+25"/>
        <source>mode must be full or incremental, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter batch must be a positive number of fact ids, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter merge must be a percentage of the aggregate&apos;s rows from 1 to 1000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeMembers</name>
    <message>
        <location filename="../app/reports/cubemembers.cpp" line="+67"/>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a member of level %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeReader</name>
    <message>
        <location filename="../app/reports/cubemeasures.cpp" line="+63"/>
        <source>cube %1 has no measure &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/cubequery.cpp" line="+46"/>
        <source>cube %1 has no level &quot;%2&quot; in a dimension &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the workflow runs cube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the facts behind a cell of cube %1 needs the %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+61"/>
        <source>the query of cube %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cube %1 has not been aggregated yet: run its aggregate workflow first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>the number of facts to read must be positive, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeRefresher</name>
    <message>
        <location filename="../app/reports/cuberefresh.cpp" line="+83"/>
        <source>fact %1 of cube %2 is not settled yet: it and later facts wait for a later refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>simulation: %n fact(s) of cube %1 would be counted</source>
        <translation>
            <numerusform>simulation: %n fact of cube %1 would be counted</numerusform>
            <numerusform>simulation: %n facts of cube %1 would be counted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cube %1 has no aggregate built from its current definition: full refresh instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/cubeincremental.cpp" line="+64"/>
        <source>cancelled while %1 after fact %2 (what was counted is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/cuberefresh.cpp" line="+57"/>
        <source>cancelled while rebuilding cube %1 (the aggregate is unchanged; the next full refresh starts again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>full refresh of cube %1: %n fact(s) counted into %2 aggregate row(s), up to fact %3; in %4 ms</source>
        <translation>
            <numerusform>full refresh of cube %1: %n fact counted into %2 aggregate row(s), up to fact %3; in %4 ms</numerusform>
            <numerusform>full refresh of cube %1: %n facts counted into %2 aggregate row(s), up to fact %3; in %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reports/cubeincremental.cpp" line="+70"/>
        <source>cancelled while merging the recent rows of cube %1 (what was merged is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cube %1: %2 recent row(s) merged into the aggregate (%3 row(s) before, %4 after) in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the watermark of cube %1 (fact %2) is beyond the newest settled fact (%3): facts were deleted; a full refresh recounts what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another refresh of cube %1 moved its watermark meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refreshing cube %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>incremental refresh of cube %1: %n new fact(s) counted after fact %2, up to fact %3; the aggregate holds %4 row(s) and %5 recent one(s); in %6 ms (grouping the facts %7 ms, appending to the recent rows %8 ms, merging into the rollups %9 ms, commits %10 ms, checkpoints %11 ms)</source>
        <translation>
            <numerusform>incremental refresh of cube %1: %n new fact counted after fact %2, up to fact %3; the aggregate holds %4 row(s) and %5 recent one(s); in %6 ms (grouping the facts %7 ms, appending to the recent rows %8 ms, merging into the rollups %9 ms, commits %10 ms, checkpoints %11 ms)</numerusform>
            <numerusform>incremental refresh of cube %1: %n new facts counted after fact %2, up to fact %3; the aggregate holds %4 row(s) and %5 recent one(s); in %6 ms (grouping the facts %7 ms, appending to the recent rows %8 ms, merging into the rollups %9 ms, commits %10 ms, checkpoints %11 ms)</numerusform>
        </translation>
    </message>
</context>
</TS>
