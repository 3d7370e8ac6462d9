<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Text</name>
    <message>
        <location filename="../app/core/definitionreader.cpp" line="+344"/>
        <source>&quot;%1&quot; is not a valid %2; write a duration such as 30s, 10m, 4h or 1h30m</source>
        <translation>&quot;%1&quot; 不是有效的 %2；請寫成時間長度，例如 30s、10m、4h 或 1h30m</translation>
    </message>
    <message>
        <location filename="../app/core/schedulespec.cpp" line="+127"/>
        <source>&quot;%1&quot; is not a duration such as 30s, 10m, 1h30m</source>
        <translation>&quot;%1&quot; 不是時間長度（例如 30s、10m、1h30m）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+43"/>
        <source>Nightshift administration console</source>
        <translation>Nightshift 管理主控台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance: a SQLite file path or a postgresql:// URL.</source>
        <translation>執行個體：SQLite 檔案路徑或 postgresql:// URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation>執行個體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator to log in as. With a password remembered in the keyring for this instance and login, logs in without asking.</source>
        <translation>用來登入的操作員。若鑰匙圈中已記住此執行個體與登入名稱的密碼，則不詢問密碼直接登入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>login</source>
        <translation>登入名稱</translation>
    </message>
</context>
<context>
    <name>nightshift::AccessPolicy</name>
    <message>
        <location filename="../app/core/accesspolicy.cpp" line="+18"/>
        <source>operator %1 may not %2: that needs the %3 right</source>
        <translation>操作員 %1 不可%2：這需要「%3」權限</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>operator %1 may not %2: it cannot read the folder of that workflow</source>
        <translation>操作員 %1 不可%2：該操作員無法讀取此工作流程的資料夾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 technical workflow %2</source>
        <translation>對技術工作流程 %2 執行「%1」</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 workflow %2</source>
        <translation>對工作流程 %2 執行「%1」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>modify technical workflow %1</source>
        <translation>修改技術工作流程 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modify workflow %1</source>
        <translation>修改工作流程 %1</translation>
    </message>
</context>
<context>
    <name>nightshift::ActivityDialog</name>
    <message>
        <location filename="../ui/workflow/activitydialog.cpp" line="+33"/>
        <source>Wait for:</source>
        <translation>等待時間：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a duration, e.g. 10m</source>
        <translation>時間長度，例如 10m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or until:</source>
        <translation>或等到：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a time of day, e.g. 06:00</source>
        <translation>時刻，例如 06:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires after:</source>
        <translation>到期時間：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a duration (optional)</source>
        <translation>時間長度（選填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator group:</source>
        <translation>操作員群組：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the group notified</source>
        <translation>要通知的群組</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit:</source>
        <translation>時間限制：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default 1h</source>
        <translation>預設 1h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow:</source>
        <translation>工作流程：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal name of the workflow to run</source>
        <translation>要執行的工作流程內部名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cube:</source>
        <translation>多維資料集：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the cube whose aggregate is updated</source>
        <translation>要更新彙總的多維資料集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full or incremental</source>
        <translation>full 或 incremental</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job:</source>
        <translation>工作：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name of a registered native job</source>
        <translation>已註冊的原生工作名稱</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>標籤(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not activate</source>
        <translation>不啟用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activate but do not execute</source>
        <translation>啟用但不執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Execution:</source>
        <translation>執行(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Affinity:</source>
        <translation>親和性(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workflow&apos;s default</source>
        <translation>工作流程的預設值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum duration:</source>
        <translation>最長持續時間(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none; e.g. 4h (a warning when passed)</source>
        <translation>無；例如 4h（超過時發出警告）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend the workflow</source>
        <translation>暫停工作流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore the error</source>
        <translation>忽略錯誤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abort the run</source>
        <translation>中止執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On &amp;error:</source>
        <translation>發生錯誤時(&amp;E)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>required: %1</source>
        <translation>必填：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Schedule…</source>
        <translation>排程(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs:</source>
        <translation>執行時間：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message:</source>
        <translation>訊息：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement:</source>
        <translation>陳述式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script:</source>
        <translation>指令碼：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameters:</source>
        <translation>參數：</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The name must start with a letter or _, then letters, digits or _ (64 at most).</source>
        <translation>名稱必須以字母或 _ 開頭，後接字母、數字或 _（最多 64 個字元）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another activity is already named %1.</source>
        <translation>已有另一個活動名為 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a duration; write for example 30s, 10m, 4h or 1h30m.</source>
        <translation>%1 不是時間長度；請寫成例如 30s、10m、4h 或 1h30m。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
</context>
<context>
    <name>nightshift::ActivityIndicator</name>
    <message numerus="yes">
        <location filename="../ui/common/activityindicator.cpp" line="+32"/>
        <source>Running: %n</source>
        <translation>
            <numerusform>執行中：%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflows started (running or waiting for their scheduler)</source>
        <translation>已啟動的工作流程（執行中或等待其排程器）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 › %2: %3 of %4</source>
        <translation>%1 › %2：%3 / %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Jobs: %n · %p%</source>
        <translation>
            <numerusform>工作：%n · %p%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::AddInstanceDialog</name>
    <message>
        <location filename="../ui/login/addinstancedialog.cpp" line="+21"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an Instance</source>
        <translation>新增執行個體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/path/to/instance.sqlite or postgresql://user@host:5432/database</source>
        <translation>/path/to/instance.sqlite 或 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the file name, or database@host</source>
        <translation>選填：檔案名稱，或 database@host</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SQLite file made by &quot;nightshiftctl init&quot;, or a PostgreSQL database. A password written in the URL is not kept in the list.</source>
        <translation>由 &quot;nightshiftctl init&quot; 建立的 SQLite 檔案，或 PostgreSQL 資料庫。寫在 URL 中的密碼不會保留在清單中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a SQLite Instance</source>
        <translation>選擇 SQLite 執行個體</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite instances (*.sqlite *.db)</source>
        <translation>SQLite 執行個體 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no file %1. Create an instance with &quot;nightshiftctl init --instance %1&quot;.</source>
        <translation>檔案 %1 不存在。請使用 &quot;nightshiftctl init --instance %1&quot; 建立執行個體。</translation>
    </message>
</context>
<context>
    <name>nightshift::AliasCleansingJob</name>
    <message>
        <location filename="../app/jobs/delivery/aliascleansingjob.cpp" line="+60"/>
        <source>cancelled while rewriting alias &quot;%1&quot; of %2</source>
        <translation>改寫 %2 的別名「%1」時已取消</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>parameter batch must be a positive number of rows, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的列數，而不是「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enumeration %1 names the field &quot;%2&quot;, which is not a recipient field that can be cleansed (%3); skipped</source>
        <translation>列舉 %1 指定的欄位「%2」不是可清理的收件者欄位（%3）；已略過</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (recipients.%2): %n value(s) rewritten through %3 alias(es)</source>
        <translation>
            <numerusform>%1（recipients.%2）：已透過 %3 個別名改寫 %n 個值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::AuditTrail</name>
    <message>
        <location filename="../app/security/audittrail.cpp" line="+31"/>
        <source>read the audit trail</source>
        <translation>讀取稽核軌跡</translation>
    </message>
</context>
<context>
    <name>nightshift::Authenticator</name>
    <message>
        <location filename="../app/security/authenticator.cpp" line="+24"/>
        <source>unknown login or wrong password</source>
        <translation>登入名稱不明或密碼錯誤</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>give a login</source>
        <translation>請提供登入名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a login has at most %1 characters</source>
        <translation>登入名稱最多 %1 個字元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a password</source>
        <translation>請提供密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password has at most %1 characters</source>
        <translation>密碼最多 %1 個字元</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many failed logins for %1; try again in %2 s</source>
        <translation>%1 登入失敗次數過多；請在 %2 秒後再試</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>operator %1 is disabled; ask an administrator to enable it</source>
        <translation>操作員 %1 已停用；請要求管理員將其啟用</translation>
    </message>
</context>
<context>
    <name>nightshift::BillingJob</name>
    <message>
        <location filename="../app/jobs/delivery/billingjob.cpp" line="+49"/>
        <source>option billing.mainDeliveryThreshold must be a number of messages, 0 or more, not &quot;%1&quot;</source>
        <translation>選項 billing.mainDeliveryThreshold 必須是訊息數（0 或以上），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no operator %1 to send the activity report to: create it with an email address</source>
        <translation>沒有可接收活動報告的操作員 %1：請建立此操作員並設定電子郵件地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator %1 has no email address to send the activity report to</source>
        <translation>操作員 %1 沒有可接收活動報告的電子郵件地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the email address of operator %1, &quot;%2&quot;, is not a mail address</source>
        <translation>操作員 %1 的電子郵件地址 &quot;%2&quot; 不是郵件地址</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>external account %1: security must be opportunistic, starttls, tls or none, not &quot;%2&quot;</source>
        <translation>外部帳戶 %1：security 必須是 opportunistic、starttls、tls 或 none，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external account %1 has no sender address: set &quot;from&quot; in its settings</source>
        <translation>外部帳戶 %1 沒有寄件者地址：請在其設定中設定 &quot;from&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 delivery(ies), %3 message(s)</source>
        <translation>%1：%2 個傳遞，%3 則訊息</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more</source>
        <translation>
            <numerusform>以及其他 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+151"/>
        <source>cancelled while computing the activity report</source>
        <translation>計算活動報告時已取消</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Marketing actions: no delivery sent messages in the period</source>
        <translation>行銷動作：此期間沒有任何傳遞寄出訊息</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Marketing actions: %n delivery(ies), %1 message(s) sent: %2</source>
        <translation>
            <numerusform>行銷動作：%n 個傳遞，已寄出 %1 則訊息：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Active profiles: %n recipient(s) targeted since %1</source>
        <translation>
            <numerusform>活躍設定檔：自 %1 起已鎖定 %n 位收件者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main deliveries above %1 messages: none</source>
        <translation>超過 %1 則訊息的主要傳遞：無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main deliveries above %1 messages: %2</source>
        <translation>超過 %1 則訊息的主要傳遞：%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>parameter asOf must be a day written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>參數 asOf 必須是以 YYYY-MM-DD 格式表示的日期，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter timeout must be a positive number of seconds, not &quot;%1&quot;</source>
        <translation>參數 timeout 必須是正數的秒數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The activity report up to %1 was already sent to %2: nothing to send</source>
        <translation>截至 %1 的活動報告已寄送給 %2：沒有需要寄送的內容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity report from %1 to %2 (UTC) for operator %3 &lt;%4&gt;</source>
        <translation>操作員 %3 &lt;%4&gt; 從 %1 到 %2（UTC）的活動報告</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Report laid out as a PDF of %n page(s) in %1 ms</source>
        <translation>
            <numerusform>報告已排版為 %n 頁的 PDF，耗時 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: the report would be mailed to %1 through SMTP account %2</source>
        <translation>模擬：報告將透過 SMTP 帳戶 %2 郵寄給 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before sending the activity report</source>
        <translation>寄送活動報告前已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An earlier attempt to send this report was cut short while sending; sending it again (same Message-ID)</source>
        <translation>先前寄送此報告的嘗試在寄送途中中斷；正在重新寄送（相同的 Message-ID）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nightshift system activity report, %1 to %2</source>
        <translation>Nightshift 系統活動報告，%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system activity report of instance %1 for %2 to %3 (UTC) is attached.

Marketing actions: %4
Active profiles: %5
Main deliveries above %6 messages: %7
</source>
        <translation>附件為執行個體 %1 從 %2 到 %3（UTC）的系統活動報告。

行銷動作：%4
活躍設定檔：%5
超過 %6 則訊息的主要傳遞：%7
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent the activity report to %1 through SMTP account %2 in %3 ms</source>
        <translation>已透過 SMTP 帳戶 %2 將活動報告寄送給 %1，耗時 %3 毫秒</translation>
    </message>
</context>
<context>
    <name>nightshift::BillingReport</name>
    <message>
        <location filename="../app/jobs/delivery/billingreportpdf.cpp" line="+167"/>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the activity report cannot be laid out as a PDF in this process: it needs a QGuiApplication for its fonts (the console and nightshiftd create one)</source>
        <translation>無法在此處理程序中將活動報告排版為 PDF：需要 QGuiApplication 才能使用字型（主控台和 nightshiftd 會建立一個）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>System activity report</source>
        <translation>系統活動報告</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the activity report could not be laid out: QPainter refused the PDF writer</source>
        <translation>無法排版活動報告：QPainter 拒絕了 PDF 寫入器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance: %1
Period: %2 to %3 (UTC)
Generated on %4 (UTC)</source>
        <translation>執行個體：%1
期間：%2 至 %3（UTC）
產生時間：%4（UTC）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database size</source>
        <translation>資料庫大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 位元組）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing actions</source>
        <translation>行銷動作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delivery sent messages in the period.</source>
        <translation>此期間沒有任何傳遞寄出訊息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Deliveries</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Messages sent</source>
        <translation>已寄出訊息</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Active profiles</source>
        <translation>活躍設定檔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 profiles targeted from %2 to %3 (UTC)</source>
        <translation>從 %2 到 %3（UTC）已鎖定 %1 個設定檔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main deliveries above %1 messages</source>
        <translation>超過 %1 則訊息的主要傳遞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None in the period.</source>
        <translation>此期間沒有。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery</source>
        <translation>傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>nightshift::BulkActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/actions/bulkactiondialog.cpp" line="+27"/>
        <source>%1 — %n workflows</source>
        <translation>
            <numerusform>%1 — %n 個工作流程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What will happen</source>
        <translation>將會發生的情況</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will not be sent</source>
        <translation>不會傳送</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 will be sent to these workflows.</source>
        <translation>將傳送「%1」給這些工作流程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be sent to %2 of these workflows; %3 will be refused, as shown.</source>
        <translation>將傳送「%1」給其中 %2 個工作流程；%3 個將被拒絕，如下所示。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 %n workflows</source>
        <translation>
            <numerusform>對 %n 個工作流程執行「%1」</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued: %1</source>
        <translation>已排入佇列：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sent: %n queued.</source>
        <translation>
            <numerusform>已傳送：%n 個已排入佇列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent: %1 queued, %2 refused (see each workflow).</source>
        <translation>已傳送：%1 個已排入佇列，%2 個遭拒（請參閱各工作流程）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>nightshift::CleanupJob</name>
    <message>
        <location filename="../app/jobs/delivery/cleanupbatches.cpp" line="+44"/>
        <location line="+39"/>
        <source>cancelled while purging %1</source>
        <translation>清除 %1 時已取消</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <location line="+22"/>
        <location line="+64"/>
        <location line="+44"/>
        <source>cancelled while purging %1, after %Ln row(s)</source>
        <translation>
            <numerusform>清除 %1 時已取消，已處理 %Ln 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/cleanupjob.cpp" line="+28"/>
        <source>parameter batch must be a positive number of rows, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的列數，而不是「%1」</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cancelled before the step &quot;%1&quot;</source>
        <translation>在步驟 &quot;%1&quot; 之前已取消</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Cleanup done: %Ln step(s) in %1 ms; %2 write transaction(s), the longest %3 ms</source>
        <translation>
            <numerusform>清理完成：%Ln 個步驟，耗時 %1 毫秒；%2 個寫入交易，最長 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/cleanupstatistics.cpp" line="+29"/>
        <location filename="../app/jobs/delivery/purgesteps.cpp" line="+352"/>
        <source>Database statistics</source>
        <translation>資料庫統計資料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not updated (purge.vacuum is &quot;none&quot;)</source>
        <translation>%1：未更新（purge.vacuum 為 &quot;none&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: simulation, nothing analysed</source>
        <translation>%1：模擬，未分析任何內容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled while updating the database statistics</source>
        <translation>更新資料庫統計資料時已取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no table changed</source>
        <translation>沒有任何資料表變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: vacuumed and analysed (%2) in %3 ms</source>
        <translation>%1：已重整並分析（%2），耗時 %3 毫秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: analysed (%2) in %3 ms</source>
        <translation>%1：已分析（%2），耗時 %3 毫秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/purgesteps.cpp" line="-283"/>
        <location line="+160"/>
        <location line="+90"/>
        <source>%1: %Ln row(s) deleted in %2 ms</source>
        <translation>
            <numerusform>%1：已刪除 %Ln 列，耗時 %2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+252"/>
        <source>Deleted deliveries</source>
        <translation>已刪除的傳遞</translation>
    </message>
    <message numerus="yes">
        <location line="-223"/>
        <source>%1: %Ln delivery(ies) deleted with %2 log, tracking and URL row(s) in %3 ms</source>
        <translation>
            <numerusform>%1：已刪除 %Ln 個傳遞及 %2 列記錄、追蹤和 URL 資料，耗時 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+211"/>
        <source>Expired deliveries</source>
        <translation>已過期的傳遞</translation>
    </message>
    <message numerus="yes">
        <location line="-189"/>
        <source>%1: %Ln delivery(ies) finished, %2 pending log(s) cancelled in %3 ms</source>
        <translation>
            <numerusform>%1：已完成 %Ln 個傳遞，已取消 %2 筆待處理記錄，耗時 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+180"/>
        <source>Workflow history</source>
        <translation>工作流程歷程記錄</translation>
    </message>
    <message numerus="yes">
        <location line="-172"/>
        <source>%1: %Ln run(s) and %2 journal line(s) outside runs deleted in %3 ms</source>
        <translation>
            <numerusform>%1：已刪除 %Ln 筆執行記錄及 %2 行執行以外的日誌，耗時 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+163"/>
        <source>Tracking logs and statistics</source>
        <translation>追蹤記錄與統計資料</translation>
    </message>
    <message numerus="yes">
        <location line="-148"/>
        <source>%1: %Ln tracking log(s) and %2 consolidated row(s) deleted in %3 ms</source>
        <translation>
            <numerusform>%1：已刪除 %Ln 筆追蹤記錄及 %2 列彙整資料，耗時 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+136"/>
        <source>Quarantines</source>
        <translation>隔離</translation>
    </message>
    <message numerus="yes">
        <location line="-126"/>
        <source>%1: %Ln address(es) released in %2 ms</source>
        <translation>
            <numerusform>%1：已解除 %Ln 個地址的隔離，耗時 %2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+127"/>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+112"/>
        <source>Events and archived events</source>
        <translation>事件與已封存事件</translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>%1: %Ln event(s), %2 archived event(s) and %3 statistic row(s) deleted in %4 ms</source>
        <translation>
            <numerusform>%1：已刪除 %Ln 個事件、%2 個已封存事件及 %3 列統計資料，耗時 %4 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+80"/>
        <source>Privacy request files</source>
        <translation>隱私權要求檔案</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1: cannot remove %2; kept for the next run</source>
        <translation>%1：無法移除 %2；保留至下次執行</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %Ln request(s) cleared of their data file, %2 file(s) removed from disk in %3 ms</source>
        <translation>
            <numerusform>%1：已清除 %Ln 個要求的資料檔案，已從磁碟移除 %2 個檔案，耗時 %3 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Expired sessions</source>
        <translation>已過期的工作階段</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Import rejects</source>
        <translation>匯入拒絕記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Delivery logs</source>
        <translation>傳遞記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email error statistics</source>
        <translation>電子郵件錯誤統計資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer propositions</source>
        <translation>優惠提案</translation>
    </message>
</context>
<context>
    <name>nightshift::CleanupPausedWorkflowsJob</name>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/cleanuppausedworkflowsjob.cpp" line="+52"/>
        <source>Workflow %1 has been paused for %n day(s)</source>
        <translation>
            <numerusform>工作流程 %1 已暫停 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification %1 of %2: the workflow is now stopped unconditionally.</source>
        <translation>第 %1 次通知（共 %2 次）：此工作流程現已被無條件停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification %1 of %2: resume or stop it; at notification %2 it is stopped unconditionally.</source>
        <translation>第 %1 次通知（共 %2 次）：請繼續或停止此工作流程；第 %2 次通知時將被無條件停止。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped unconditionally by cleanupPausedWorkflows after %1 notifications while paused</source>
        <translation>暫停期間已通知 %1 次，cleanupPausedWorkflows 將其無條件停止</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: stopped unconditionally after %2 notifications</source>
        <translation>%1：通知 %2 次後已無條件停止</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: paused for %n day(s), notification %2 sent to %3</source>
        <translation>
            <numerusform>%1：已暫停 %n 天，第 %2 次通知已傳送給 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n normal-severity workflow(s) paused for more than %1 days to notify</source>
        <translation>
            <numerusform>有 %n 個一般嚴重性的工作流程暫停超過 %1 天，需要通知</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled after %1 of %2 workflows</source>
        <translation>處理 %2 個工作流程中的 %1 個後已取消</translation>
    </message>
</context>
<context>
    <name>nightshift::CommandPalette</name>
    <message>
        <location filename="../ui/palette/commandpalette.cpp" line="+55"/>
        <source>Type an action or a workflow…</source>
        <translation>輸入動作或工作流程…</translation>
    </message>
</context>
<context>
    <name>nightshift::CommandPreviews</name>
    <message>
        <location filename="../ui/actions/commandpreview.cpp" line="+35"/>
        <source>Start</source>
        <translation>啟動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unconditional stop</source>
        <translation>無條件停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>重新啟動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execute pending tasks now</source>
        <translation>立即執行待處理任務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge history</source>
        <translation>清除歷程記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate</source>
        <translation>模擬</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post event</source>
        <translation>發送事件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (stays %2)</source>
        <translation>%1（維持 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>nightshift::CommandQueue</name>
    <message>
        <location filename="../app/engine/commandqueue.cpp" line="+35"/>
        <source>say which event to post to workflow %1 (the name of one of its signals)</source>
        <translation>請指定要發送給工作流程 %1 的事件（其中一個訊號的名稱）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workflow %1 has no signal &quot;%2&quot;; its signals are: %3</source>
        <translation>工作流程 %1 沒有訊號 &quot;%2&quot;；其訊號為：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>there is no workflow named &quot;%1&quot;</source>
        <translation>沒有名為 &quot;%1&quot; 的工作流程</translation>
    </message>
</context>
<context>
    <name>nightshift::ConnectionPool</name>
    <message>
        <location filename="../app/store/connectionpool.cpp" line="+91"/>
        <source>the Qt %1 driver is not installed (Debian package %2)</source>
        <translation>未安裝 Qt %1 驅動程式（Debian 套件 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder of %1</source>
        <translation>無法建立 %1 的資料夾</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot open instance %1: %2</source>
        <translation>無法開啟執行個體 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no password was given: set NIGHTSHIFT_PGPASSWORD or put it in the URL)</source>
        <translation>（未提供密碼：請設定 NIGHTSHIFT_PGPASSWORD，或將密碼放在 URL 中）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot configure the connection to %1 (%2): %3</source>
        <translation>無法設定與 %1（%2）的連線：%3</translation>
    </message>
</context>
<context>
    <name>nightshift::ConnectorAccount</name>
    <message>
        <location filename="../app/jobs/connectors/connectoraccount.cpp" line="+43"/>
        <source>there is no enabled external account of type %1: add one (nightshiftctl accounts add NAME --type %1 --server URL)</source>
        <translation>沒有已啟用的 %1 類型外部帳戶：請新增一個（nightshiftctl accounts add NAME --type %1 --server URL）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no enabled external account %1 of type %2</source>
        <translation>沒有已啟用的 %2 類型外部帳戶 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>external account %1 has no valid server URL (&quot;%2&quot;)</source>
        <translation>外部帳戶 %1 沒有有效的伺服器 URL（&quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the settings of external account %1 are not a JSON object: %2</source>
        <translation>外部帳戶 %1 的設定不是 JSON 物件：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external account %1 has the login %2 but no password: set %3 in the environment of the engine</source>
        <translation>外部帳戶 %1 有登入名稱 %2 但沒有密碼：請在引擎的環境中設定 %3</translation>
    </message>
</context>
<context>
    <name>nightshift::CronExpression</name>
    <message>
        <location filename="../app/core/cronexpression.cpp" line="+41"/>
        <source>cron %1 field &quot;%2&quot;: %3</source>
        <translation>cron 的 %1 欄位 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the step after &quot;/&quot; must be a positive number</source>
        <translation>&quot;/&quot; 之後的間隔必須是正數</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a value or a range</source>
        <translation>&quot;%1&quot; 不是值或範圍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a number or a name</source>
        <translation>&quot;%1&quot; 不是數字或名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values must be between %1 and %2, in increasing order</source>
        <translation>值必須介於 %1 和 %2 之間，並依遞增順序排列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cron expression &quot;%1&quot; must have 5 fields (minute hour day month weekday), not %2</source>
        <translation>cron 運算式 &quot;%1&quot; 必須有 5 個欄位（minute hour day month weekday，即分、時、日、月、星期），而不是 %2 個</translation>
    </message>
</context>
<context>
    <name>nightshift::CubesPage</name>
    <message>
        <location filename="../ui/reports/cubespage.cpp" line="+41"/>
        <source>The pivot could not be computed: %1</source>
        <translation>無法計算樞紐分析：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>沒有結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cube</source>
        <translation>多維資料集</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Query again</source>
        <translation>重新查詢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the cube&apos;s aggregate again</source>
        <translation>重新讀取多維資料集的彙總</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight values</source>
        <translation>醒目提示數值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour each cell by its value, from light (low) to dark (high)</source>
        <translation>依數值為每個儲存格著色，由淺（低）至深（高）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table as CSV…</source>
        <translation>表格為 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as PDF…</source>
        <translation>表格為 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table as PNG…</source>
        <translation>表格為 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as PNG…</source>
        <translation>圖表為 PNG…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart:</source>
        <translation>圖表：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Drop dimensions here</source>
        <translation>將維度拖放至此</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters</source>
        <translation>篩選條件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a dimension to filter on</source>
        <translation>拖放維度以進行篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>量值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop measures here</source>
        <translation>將量值拖放至此</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The cubes could not be read: %1</source>
        <translation>無法讀取多維資料集：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading the last refresh…</source>
        <translation>正在讀取最近一次重新整理…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last refresh unknown: %1</source>
        <translation>最近一次重新整理不明：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never refreshed: run the workflow aggregate:%1</source>
        <translation>從未重新整理：請執行工作流程 aggregate:%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshed %1</source>
        <translation>已於 %1 重新整理</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drop a measure to see figures</source>
        <translation>拖放量值以查看數據</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s), %1 queries</source>
        <translation>
            <numerusform>%n 列，%1 次查詢</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expand to %1</source>
        <translation>展開至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse</source>
        <translation>摺疊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the facts…</source>
        <translation>顯示事實…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the facts…</source>
        <translation>正在讀取事實…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The facts could not be read: %1</source>
        <translation>無法讀取事實：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1. Filters: %2</source>
        <translation>%1。篩選條件：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the pivot</source>
        <translation>匯出樞紐分析</translation>
    </message>
    <message>
        <location filename="../ui/reports/cubespagefields.cpp" line="+129"/>
        <source>The members could not be read: %1</source>
        <translation>無法讀取成員：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 個成員</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>nightshift::CurlTransfer</name>
    <message>
        <location filename="../app/jobs/connectors/curltransfer.cpp" line="+60"/>
        <location line="+9"/>
        <source>%1 failed: libcurl could not create a transfer</source>
        <translation>%1 失敗：libcurl 無法建立傳輸</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+30"/>
        <source>cancelled while %1</source>
        <translation>%1 時已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
</context>
<context>
    <name>nightshift::DefinitionReader</name>
    <message>
        <location filename="../app/core/definitionreader.cpp" line="-321"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the root element is &lt;%1&gt;; a workflow definition starts with &lt;workflow&gt;</source>
        <translation>根元素是 &lt;%1&gt;；工作流程定義應以 &lt;workflow&gt; 開頭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not well-formed XML: %1</source>
        <translation>此檔案不是格式正確的 XML：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no &lt;workflow&gt; element</source>
        <translation>此檔案不含 &lt;workflow&gt; 元素</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unexpected text &quot;%1&quot;; text belongs only in &lt;description&gt;, &lt;script&gt;, &lt;statement&gt; and &lt;message&gt;</source>
        <translation>非預期的文字 &quot;%1&quot;；文字只能放在 &lt;description&gt;、&lt;script&gt;、&lt;statement&gt; 和 &lt;message&gt; 中</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;%1&gt; has no attribute &quot;%2&quot;; it accepts %3</source>
        <translation>&lt;%1&gt; 沒有 &quot;%2&quot; 屬性；可接受的屬性為 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;%1&gt; needs a &quot;%2&quot; attribute</source>
        <translation>&lt;%1&gt; 需要 &quot;%2&quot; 屬性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &lt;%1&gt; inside &lt;%2&gt;; expected %3</source>
        <translation>&lt;%2&gt; 內出現非預期的 &lt;%1&gt;；預期為 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a valid %2; use %3</source>
        <translation>&quot;%1&quot; 不是有效的 %2；請使用 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid %2; it must be a whole number of at least %3</source>
        <translation>&quot;%1&quot; 不是有效的 %2；必須是大於或等於 %3 的整數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid %2; use true or false</source>
        <translation>&quot;%1&quot; 不是有效的 %2；請使用 true 或 false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>format &quot;%1&quot; is not a format version number</source>
        <translation>格式 &quot;%1&quot; 不是格式版本號碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this definition uses format %1, but this version of Nightshift reads format %2 at most; upgrade Nightshift to import it</source>
        <translation>此定義使用格式 %1，但此版本的 Nightshift 最多只能讀取格式 %2；請升級 Nightshift 後再匯入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a valid workflow name: start with a letter or _, then letters, digits or _ (64 at most)</source>
        <translation>&quot;%1&quot; 不是有效的工作流程名稱：必須以字母或 _ 開頭，後接字母、數字或 _（最多 64 個字元）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a workflow has one &lt;activities&gt; element; this is a second one</source>
        <translation>工作流程只能有一個 &lt;activities&gt; 元素；這是第二個</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workflow has no &lt;activities&gt; element</source>
        <translation>此工作流程沒有 &lt;activities&gt; 元素</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a valid variable name</source>
        <translation>&quot;%1&quot; 不是有效的變數名稱</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;%1&gt; is not an activity type; the types are %2</source>
        <translation>&lt;%1&gt; 不是活動類型；可用的類型為 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid activity name: start with a letter or _, then letters, digits or _</source>
        <translation>&quot;%1&quot; 不是有效的活動名稱：必須以字母或 _ 開頭，後接字母、數字或 _</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid %2 position; it must be a whole number</source>
        <translation>&quot;%1&quot; 不是有效的 %2 位置；必須是整數</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a schedule (times, every, daily, weekly, monthly, yearly, once, cron, continuous)</source>
        <translation>排程（times、every、daily、weekly、monthly、yearly、once、cron、continuous）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;scheduler&gt; &quot;%1&quot; needs a schedule, such as &lt;daily at=&quot;04:00&quot;/&gt;</source>
        <translation>&lt;scheduler&gt; &quot;%1&quot; 需要排程，例如 &lt;daily at=&quot;04:00&quot;/&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;%1&gt; &quot;%2&quot; needs a &lt;%3&gt; with its text</source>
        <translation>&lt;%1&gt; &quot;%2&quot; 需要含有文字的 &lt;%3&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;wait&gt; &quot;%1&quot; needs either &quot;duration&quot; or &quot;until&quot;, not both</source>
        <translation>&lt;wait&gt; &quot;%1&quot; 需要 &quot;duration&quot; 或 &quot;until&quot; 其中之一，不能兩者都有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid until; write a time of day HH:MM</source>
        <translation>&quot;%1&quot; 不是有效的 until；請寫成時刻 HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid mode; use full or incremental</source>
        <translation>&quot;%1&quot; 不是有效的 mode；請使用 full 或 incremental</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;%1&gt; &quot;%2&quot;: &quot;%3&quot; must not be empty</source>
        <translation>&lt;%1&gt; &quot;%2&quot;：&quot;%3&quot; 不可為空白</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid on; the only value is expiry</source>
        <translation>&quot;%1&quot; 不是有效的 on；唯一可用的值是 expiry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid transition name</source>
        <translation>&quot;%1&quot; 不是有效的轉變名稱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;scheduler&gt; &quot;%1&quot; has more than one schedule; keep one</source>
        <translation>&lt;scheduler&gt; &quot;%1&quot; 有多個排程；請只保留一個</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::DefinitionValidator</name>
    <message>
        <location filename="../app/core/definitionvalidator.cpp" line="+51"/>
        <source>workflow &quot;%1&quot; contains {account} but has no accountType saying which accounts it is made for</source>
        <translation>工作流程 &quot;%1&quot; 包含 {account}，但沒有 accountType 指明適用哪些帳戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>workflow &quot;%1&quot; has an accountType but its name has no {account} placeholder</source>
        <translation>工作流程 &quot;%1&quot; 有 accountType，但其名稱中沒有 {account} 預留位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>package &quot;%1&quot; is not a known package</source>
        <translation>&quot;%1&quot; 不是已知的套件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>variable &quot;%1&quot; is declared twice</source>
        <translation>變數 &quot;%1&quot; 宣告了兩次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>two activities are named &quot;%1&quot;; names must be unique</source>
        <translation>有兩個活動都名為 &quot;%1&quot;；名稱不可重複</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workflow has no &lt;start&gt; activity</source>
        <translation>此工作流程沒有 &lt;start&gt; 活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workflow has %1 &lt;start&gt; activities; it must have exactly one</source>
        <translation>此工作流程有 %1 個 &lt;start&gt; 活動；必須剛好一個</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has two transitions named &quot;%2&quot;; give them different names</source>
        <translation>%1 有兩個名為 &quot;%2&quot; 的轉變；請為它們取不同的名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>transition &quot;%1&quot; of %2 leads to &quot;%3&quot;, which is not an activity of this workflow</source>
        <translation>%2 的轉變 &quot;%1&quot; 通往 &quot;%3&quot;，但它不是此工作流程的活動</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>transition &quot;%1&quot; of %2 leads to the &lt;start&gt; activity, which cannot be entered</source>
        <translation>%2 的轉變 &quot;%1&quot; 通往 &lt;start&gt; 活動，但該活動無法進入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a &lt;test&gt; transition may have &quot;when&quot; or &quot;default&quot;</source>
        <translation>只有 &lt;test&gt; 的轉變可以有 &quot;when&quot; 或 &quot;default&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a &lt;signal&gt; transition may have on=&quot;expiry&quot;</source>
        <translation>只有 &lt;signal&gt; 的轉變可以有 on=&quot;expiry&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transition &quot;%1&quot; of %2 needs either a &quot;when&quot; condition or default=&quot;true&quot;</source>
        <translation>%2 的轉變 &quot;%1&quot; 需要 &quot;when&quot; 條件或 default=&quot;true&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs exactly one transition taken when the signal arrives</source>
        <translation>%1 必須剛好有一個在收到訊號時採用的轉變</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an expiry, so it needs one transition with on=&quot;expiry&quot;</source>
        <translation>%1 設有到期時間，因此需要一個 on=&quot;expiry&quot; 的轉變</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an on=&quot;expiry&quot; transition but no &quot;expiry&quot; duration</source>
        <translation>%1 有 on=&quot;expiry&quot; 的轉變，但沒有 &quot;expiry&quot; 時間長度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 default transitions; at most one is allowed</source>
        <translation>%1 有 %2 個預設轉變；最多只允許一個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 runs job &quot;%2&quot;, which is not a registered job</source>
        <translation>%1 執行的工作 &quot;%2&quot; 不是已註冊的工作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot have outgoing transitions; it has %2</source>
        <translation>%1 不可有傳出轉變；目前有 %2 個</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs exactly %2 outgoing transition(s); it has %3</source>
        <translation>%1 必須剛好有 %2 個傳出轉變；目前有 %3 個</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs at least %2 outgoing transitions; it has %3</source>
        <translation>%1 至少需要 %2 個傳出轉變；目前有 %3 個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may have at most %2 outgoing transition(s); it has %3</source>
        <translation>%1 最多只能有 %2 個傳出轉變；目前有 %3 個</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 joins branches, so it needs at least %2 incoming transitions; it has %3</source>
        <translation>%1 會合併分支，因此至少需要 %2 個傳入轉變；目前有 %3 個</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 cannot be reached from the start; connect it or remove it</source>
        <translation>從起點無法到達 %1；請將它連接起來或移除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the loop %1 has no activity that waits (scheduler, wait or signal); it would run without pause</source>
        <translation>迴圈 %1 中沒有會等待的活動（scheduler、wait 或 signal）；它會不停地執行</translation>
    </message>
</context>
<context>
    <name>nightshift::DeliverabilityLists</name>
    <message>
        <location filename="../app/jobs/delivery/deliverabilitylists.cpp" line="+31"/>
        <source>entry %1 is not a JSON object</source>
        <translation>項目 %1 不是 JSON 物件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 has an unknown field &quot;%2&quot; (expected: %3)</source>
        <translation>項目 %1 有不明的欄位 &quot;%2&quot;（預期為：%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; 必須是非空白字串</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; 必須是 true 或 false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; 必須是 0 到 %2 之間的整數</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1: %2</source>
        <translation>項目 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1，位於第 %2 位元組</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON array</source>
        <translation>不是 JSON 陣列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list is empty (refused: it would remove every entry)</source>
        <translation>清單是空的（已拒絕：這會移除所有項目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries, more than the %2 accepted</source>
        <translation>%1 個項目，超過可接受的 %2 個</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1: %2 &quot;%3&quot; appears twice</source>
        <translation>項目 %1：%2 &quot;%3&quot; 出現兩次</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;type&quot; must be soft, hard or ignore, not &quot;%1&quot;</source>
        <translation>&quot;type&quot; 必須是 soft、hard 或 ignore，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;pattern&quot; is not a valid regular expression: %1 at offset %2</source>
        <translation>&quot;pattern&quot; 不是有效的規則運算式：%1，位於位移 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;domain&quot; is not a domain name: &quot;%1&quot;</source>
        <translation>&quot;domain&quot; 不是網域名稱：&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;mask&quot; is not a host name or *.domain: &quot;%1&quot;</source>
        <translation>&quot;mask&quot; 不是主機名稱或 *.domain：&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>nightshift::DeliverabilityUpdateJob</name>
    <message>
        <location filename="../app/jobs/delivery/deliverabilityupdatejob.cpp" line="+91"/>
        <source>GET %1 answered 304 Not Modified, but there is no earlier copy of the %2 list</source>
        <translation>GET %1 回應 304 Not Modified，但沒有 %2 清單的先前副本</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>GET %1: the %2 list is refused: %3</source>
        <translation>GET %1：%2 清單遭拒：%3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>parameter timeout must be a positive number of seconds, not &quot;%1&quot;</source>
        <translation>參數 timeout 必須是正數的秒數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>external account %1: the deliverability service needs an http or https URL, not &quot;%2&quot;</source>
        <translation>外部帳戶 %1：傳遞能力服務需要 http 或 https URL，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cancelled while downloading the deliverability lists; nothing was changed</source>
        <translation>下載傳遞能力清單時已取消；未進行任何變更</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n entry(ies) downloaded and validated</source>
        <translation>
            <numerusform>%1：已下載並驗證 %n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: unchanged since the last update (%n entry(ies))</source>
        <translation>
            <numerusform>%1：自上次更新以來沒有變更（%n 個項目）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, before %3)</source>
        <translation>%1（%2，之前為 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deliverability lists are unchanged: nothing to do</source>
        <translation>傳遞能力清單沒有變更：無需處理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: would replace %1</source>
        <translation>模擬：將取代 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled before replacing the deliverability lists; nothing was changed</source>
        <translation>取代傳遞能力清單前已取消；未進行任何變更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replaced %1 in one transaction in %2 ms</source>
        <translation>已在單一交易中取代 %1，耗時 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>nightshift::DeliveryIndicatorsJob</name>
    <message>
        <location filename="../app/jobs/delivery/deliveryindicators.cpp" line="+120"/>
        <source>cancelled while recomputing delivery indicators (%1 of %2 deliveries done)</source>
        <translation>重新計算傳遞指標時已取消（已完成 %2 個傳遞中的 %1 個）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parameter batch must be a positive number of deliveries, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的傳遞數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no delivery has changed since its indicators were computed</source>
        <translation>自計算指標以來，沒有任何傳遞變更</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>simulation: the indicators of %n delivery(ies) would be recomputed</source>
        <translation>
            <numerusform>模擬：將重新計算 %n 個傳遞的指標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n delivery(ies) changed since their indicators were computed</source>
        <translation>
            <numerusform>自計算指標以來，有 %n 個傳遞已變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>indicators of %n delivery(ies) recomputed in %1 batch(es) in %2 ms (longest transaction %3 ms)</source>
        <translation>
            <numerusform>已重新計算 %n 個傳遞的指標，分 %1 批，耗時 %2 毫秒（最長交易 %3 毫秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::DemoGenerator</name>
    <message>
        <location filename="../app/demo/bulkinserter.cpp" line="+51"/>
        <location line="+13"/>
        <source>cannot prepare the insert into %1: %2</source>
        <translation>無法準備插入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inserting into %1 failed: %2</source>
        <translation>插入 %1 失敗：%2</translation>
    </message>
    <message>
        <location filename="../app/demo/demogenerator.cpp" line="+102"/>
        <source>the option %1 is empty and a PostgreSQL instance has no folder of its own: give the folder for the redirection-server log files (--tracking-folder)</source>
        <translation>選項 %1 是空的，而 PostgreSQL 執行個體沒有自己的資料夾：請提供重新導向伺服器記錄檔的資料夾（--tracking-folder）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this instance already holds marketing data (%1 rows in %2) that is not demo data; the demo fills an instance without any: create a new instance for it</source>
        <translation>此執行個體已含有非示範資料的行銷資料（%2 中有 %1 列）；示範資料只能填入沒有任何行銷資料的執行個體：請為其建立新的執行個體</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>this instance already holds demo data of seed %1 and scale %2; it cannot take a demo of seed %3 and scale %4 as well: use a new instance, or the same seed and scale to finish or keep that one</source>
        <translation>此執行個體已含有種子 %1、規模 %2 的示範資料；無法再加入種子 %3、規模 %4 的示範資料：請使用新的執行個體，或使用相同的種子與規模來完成或保留現有資料</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this instance&apos;s demo data was generated for %1, not %2</source>
        <translation>此執行個體的示範資料是為 %1 產生的，而不是 %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>demo generation interrupted; run the same command again to continue where it stopped</source>
        <translation>示範資料產生已中斷；再次執行相同指令即可從停止處繼續</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>generating %1 failed: %2</source>
        <translation>產生 %1 失敗：%2</translation>
    </message>
    <message>
        <location filename="../app/demo/demoscale.cpp" line="+27"/>
        <source>unknown demo scale &quot;%1&quot;: give small, medium, large or a number of broad logs (%2 to %3)</source>
        <translation>不明的示範規模 &quot;%1&quot;：請指定 small、medium、large 或廣泛記錄數（%2 至 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a demo of %1 broad logs is out of range: give %2 to %3 rows, or small, medium or large</source>
        <translation>%1 筆廣泛記錄的示範超出範圍：請指定 %2 至 %3 列，或 small、medium、large</translation>
    </message>
    <message>
        <location filename="../app/demo/demotrackingfiles.cpp" line="+76"/>
        <source>cannot create the tracking log folder %1</source>
        <translation>無法建立追蹤記錄資料夾 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nightshift::DiagramScene</name>
    <message>
        <location filename="../ui/workflow/diagramitems.cpp" line="+68"/>
        <source>Executed</source>
        <translation>已執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run</source>
        <translation>未執行</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>when %1</source>
        <translation>當 %1 時</translation>
    </message>
</context>
<context>
    <name>nightshift::DrillThroughDialog</name>
    <message>
        <location filename="../ui/reports/drillthroughdialog.cpp" line="+25"/>
        <source>Facts of %1</source>
        <translation>%1 的事實</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the first %1 facts only; there are more. Put more levels on the pivot to narrow the cell down.</source>
        <translation>僅顯示前 %1 筆事實；還有更多。請在樞紐分析中加入更多層級以縮小此儲存格的範圍。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n fact(s).</source>
        <translation>
            <numerusform>%n 筆事實。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No facts behind this cell.</source>
        <translation>此儲存格沒有任何事實。</translation>
    </message>
</context>
<context>
    <name>nightshift::DropZone</name>
    <message>
        <location filename="../ui/reports/pivotfields.cpp" line="+200"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose members…</source>
        <translation>選擇成員…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drag to move; Delete to remove.</source>
        <translation>拖曳以移動；按 Delete 移除。</translation>
    </message>
</context>
<context>
    <name>nightshift::DurationChart</name>
    <message>
        <location filename="../ui/history/durationchart.cpp" line="+29"/>
        <source>No finished runs yet</source>
        <translation>尚無已完成的執行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation>小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min</source>
        <translation>分鐘</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Duration (%n runs, peaks kept)</source>
        <translation>
            <numerusform>持續時間（%n 次執行，保留峰值）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Duration (%n runs)</source>
        <translation>
            <numerusform>持續時間（%n 次執行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Median: %1 %2</source>
        <translation>中位數：%1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Duration (%1)</source>
        <translation>持續時間（%1）</translation>
    </message>
</context>
<context>
    <name>nightshift::Engine</name>
    <message>
        <location filename="../app/engine/batch.cpp" line="+30"/>
        <source>workflow #%1 no longer exists</source>
        <translation>工作流程 #%1 已不存在</translation>
    </message>
    <message>
        <location filename="../app/engine/commandapplier.cpp" line="+32"/>
        <source>unknown command &quot;%1&quot; ignored</source>
        <translation>已忽略不明的指令 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested by %2</source>
        <translation>%2 要求 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start ignored: the workflow is already started</source>
        <translation>已忽略 start：工作流程已在啟動狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start ignored: an unconditional stop was requested after it</source>
        <translation>已忽略 start：之後已要求無條件停止</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>simulation ignored: an unconditional stop was requested after it</source>
        <translation>已忽略模擬：之後已要求無條件停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause ignored: the workflow is no longer started</source>
        <translation>已忽略 pause：工作流程已不在啟動狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: running activities finish, none starts</source>
        <translation>已暫停：執行中的活動會執行完畢，但不會再啟動任何活動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restart ignored: an unconditional stop was requested after it</source>
        <translation>已忽略 restart：之後已要求無條件停止</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>waiting for %n running activit(y/ies) to stop</source>
        <translation>
            <numerusform>正在等待 %n 個執行中的活動停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting activit(y/ies) run now</source>
        <translation>
            <numerusform>立即執行 %n 個等待中的活動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>history purged by %1: %n run(s) deleted</source>
        <translation>
            <numerusform>%1 已清除歷程記錄：刪除了 %n 筆執行記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>event %1 from %2 dropped: the workflow is being stopped</source>
        <translation>已捨棄來自 %2 的事件 %1：工作流程正在停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>event %1 from %2 dropped: no activity waits for it now</source>
        <translation>已捨棄來自 %2 的事件 %1：目前沒有任何活動在等待此事件</translation>
    </message>
    <message>
        <location filename="../app/engine/definitioncache.cpp" line="+45"/>
        <source>the definition of workflow #%1 (version %2) cannot be read: %3</source>
        <translation>無法讀取工作流程 #%1（版本 %2）的定義：%3</translation>
    </message>
    <message>
        <location filename="../app/engine/dispatcher.cpp" line="+328"/>
        <source>still running after its maximum duration of %1</source>
        <translation>已超過最長執行時間 %1，仍在執行中</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>interrupted: node %1 stopped while it ran</source>
        <translation>已中斷：節點 %1 在執行期間停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted: node %1 stopped responding</source>
        <translation>已中斷：節點 %1 停止回應</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1; it runs again (attempt %2)</source>
        <translation>%1；將重新執行（第 %2 次嘗試）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; %2 is not safe to run twice, so it was not run again: check what it did, then start the workflow to run it again</source>
        <translation>%1；%2 重複執行並不安全，因此未重新執行：請檢查它已完成的動作，然後啟動工作流程以重新執行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>job %1</source>
        <translation>工作 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL activity %1</source>
        <translation>SQL 活動 %1</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>the activity no longer exists in the definition</source>
        <translation>定義中已不存在此活動</translation>
    </message>
    <message>
        <location filename="../app/engine/statementcache.cpp" line="+30"/>
        <source>database error preparing &quot;%1&quot;: %2</source>
        <translation>準備 &quot;%1&quot; 時發生資料庫錯誤：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>database error running &quot;%1&quot;: %2</source>
        <translation>執行 &quot;%1&quot; 時發生資料庫錯誤：%2</translation>
    </message>
    <message>
        <location filename="../app/engine/taskexecutor.cpp" line="+84"/>
        <source>cancelled before it started</source>
        <translation>在開始前即已取消</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>activity type %1 does not run on a worker</source>
        <translation>活動類型 %1 不會在工作執行緒上執行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internal error: %1</source>
        <translation>內部錯誤：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: unknown exception</source>
        <translation>內部錯誤：不明的例外狀況</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>condition of transition %1 (%2): %3</source>
        <translation>轉變 %1 的條件（%2）：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no condition holds and the test has no default transition</source>
        <translation>沒有任何條件成立，且此 test 活動沒有預設轉變</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>SQL error: %1</source>
        <translation>SQL 錯誤：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>there is no cube named &quot;%1&quot; to aggregate</source>
        <translation>沒有名為 &quot;%1&quot; 的多維資料集可供彙總</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no job named &quot;%1&quot; is available on node %2 (available: %3)</source>
        <translation>節點 %2 上沒有名為 &quot;%1&quot; 的工作（可用的工作：%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/engine/workflowoutcomes.cpp" line="+50"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/engine/workflowlifecycle.cpp" line="+25"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the workflow has no start activity, scheduler or signal: nothing to run</source>
        <translation>此工作流程沒有 start 活動、scheduler 或 signal：沒有可執行的內容</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run %1 started (%2)</source>
        <translation>執行 %1 已開始（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 started (%2 by %3)</source>
        <translation>執行 %1 已開始（%2，由 %3 發起）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a simulation: activities with side effects are skipped</source>
        <translation>以模擬方式執行：會略過有副作用的活動</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Run %1 succeeded in %2 (%n rows processed)</source>
        <translation>
            <numerusform>執行 %1 已成功，耗時 %2（已處理 %n 列）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 stopped after %2</source>
        <translation>執行 %1 已停止，歷時 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 failed after %2: %3</source>
        <translation>執行 %1 失敗，歷時 %2：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sub-workflow %1, run %2, failed: %3</source>
        <translation>子工作流程 %1 的執行 %2 失敗：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>resumed by %1; %n failed activit(y/ies) run again</source>
        <translation>
            <numerusform>%1 已繼續執行；%n 個失敗的活動將重新執行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed by %1</source>
        <translation>%1 已繼續執行</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>abandoned by an unconditional stop</source>
        <translation>因無條件停止而放棄</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>stopped; starting again (restart)</source>
        <translation>已停止；正在重新啟動（restart）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starting again (restart)</source>
        <translation>正在重新啟動（restart）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>finished: nothing is left to run</source>
        <translation>已完成：沒有剩餘可執行的內容</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>scheduler %1 of workflow %2 has no schedule</source>
        <translation>工作流程 %2 的排程器 %1 沒有排程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduler %1: %2</source>
        <translation>排程器 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/engine/workflowruntime.cpp" line="+117"/>
        <source>task #%1 no longer exists</source>
        <translation>任務 #%1 已不存在</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transition from %1 leads to an unknown activity &quot;%2&quot;</source>
        <translation>從 %1 出發的轉變通往不明的活動 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not activated (execution: do not activate); the branch ends here</source>
        <translation>未啟用（執行方式：不啟用）；此分支到此結束</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not executed (execution: activate but do not execute)</source>
        <translation>未執行（執行方式：啟用但不執行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulation: skipped</source>
        <translation>模擬：已略過</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulation: passed without waiting</source>
        <translation>模擬：未等待直接通過</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>alert sent to the operator group %1</source>
        <translation>已傳送警示給操作員群組 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the schedule has no future time; the scheduler ends</source>
        <translation>排程沒有未來的時間；排程器結束</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>scheduled time skipped: %n run(s) still running (concurrency limit)</source>
        <translation>
            <numerusform>已略過排定時間：仍有 %n 個執行正在進行（並行上限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n scheduled time(s) passed while the engine was stopped or the workflow paused (first due %1); running once now</source>
        <translation>
            <numerusform>引擎停止或工作流程暫停期間，錯過了 %n 個排定時間（第一個於 %1 到期）；現在執行一次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the schedule has no further time; the scheduler ends</source>
        <translation>排程沒有後續的時間；排程器結束</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>there is no workflow named &quot;%1&quot; to run as a sub-workflow</source>
        <translation>沒有名為 &quot;%1&quot; 的工作流程可作為子工作流程執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a workflow cannot run itself as a sub-workflow</source>
        <translation>工作流程不能將自己作為子工作流程執行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sub-workflow %1 is being stopped</source>
        <translation>子工作流程 %1 正在停止</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sub-workflow %1 started (its run %2)</source>
        <translation>子工作流程 %1 已開始（其執行 %2）</translation>
    </message>
    <message>
        <location filename="../app/engine/workflowoutcomes.cpp" line="-3"/>
        <source>parked: node %1 is shutting down; it runs again on the next node</source>
        <translation>已暫置：節點 %1 正在關閉；將在下一個節點上重新執行</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>error ignored (on error: ignore); the workflow goes on</source>
        <translation>已忽略錯誤（發生錯誤時：ignore）；工作流程繼續執行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workflow %1 failed in %2</source>
        <translation>工作流程 %1 在 %2 失敗</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workflow stops (on error: abort)</source>
        <translation>工作流程停止（發生錯誤時：abort）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error tolerated (error management: ignore)</source>
        <translation>已容許錯誤（錯誤管理：ignore）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error %1 in a row tolerated; the workflow pauses at %2</source>
        <translation>已容許連續第 %1 次錯誤；工作流程將在連續第 %2 次錯誤時暫停</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>watchdog: %1 runs again in %2 (attempt %3)</source>
        <translation>監控程式：%1 將於 %2 後重新執行（第 %3 次嘗試）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the workflow is paused after this error; fix the cause, then start it to run %1 again</source>
        <translation>工作流程因此錯誤而暫停；請修正原因，然後啟動工作流程以重新執行 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the activity no longer exists</source>
        <translation>此活動已不存在</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no event arrived before the expiry</source>
        <translation>到期前未收到任何事件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>event received from %1</source>
        <translation>已收到來自 %1 的事件</translation>
    </message>
    <message>
        <location filename="../app/engine/journalbuffer.cpp" line="+72"/>
        <source>the journal search index has lost its state: table journal_search_state has no row</source>
        <translation>日誌搜尋索引已失去其狀態：資料表 journal_search_state 沒有任何列</translation>
    </message>
</context>
<context>
    <name>nightshift::EngineController</name>
    <message>
        <location filename="../ui/common/enginecontroller.cpp" line="+42"/>
        <source>Engine: unknown (%1)</source>
        <translation>引擎：不明（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine: node %1</source>
        <translation>引擎：節點 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine: in this console</source>
        <translation>引擎：在此主控台中</translation>
    </message>
</context>
<context>
    <name>nightshift::ExplorerModel</name>
    <message numerus="yes">
        <location filename="../ui/explorer/explorermodel.cpp" line="+115"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 個執行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n 個已暫停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 個失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n idle</source>
        <translation>
            <numerusform>%n 個閒置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Workflows: %n</source>
        <translation>
            <numerusform>工作流程：%n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>健康狀態</translation>
    </message>
</context>
<context>
    <name>nightshift::FieldList</name>
    <message>
        <location filename="../ui/reports/pivotfields.cpp" line="-162"/>
        <source>Drag a dimension or a measure onto the pivot, or use its context menu (Menu key).</source>
        <translation>將維度或量值拖曳至樞紐分析，或使用其內容功能表（Menu 鍵）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to rows</source>
        <translation>加入列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to columns</source>
        <translation>加入欄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to filters</source>
        <translation>加入篩選條件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to measures</source>
        <translation>加入量值</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Dimensions</source>
        <translation>維度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measures</source>
        <translation>量值</translation>
    </message>
</context>
<context>
    <name>nightshift::FilterDialog</name>
    <message>
        <location filename="../ui/reports/drillthroughdialog.cpp" line="+16"/>
        <source>Leave the checked members out</source>
        <translation>排除已勾選的成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter on %1</source>
        <translation>依 %1 篩選</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check all</source>
        <translation>全部勾選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check none</source>
        <translation>全部取消勾選</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members of %1:</source>
        <translation>%1 的成員：</translation>
    </message>
</context>
<context>
    <name>nightshift::FolderRepository</name>
    <message>
        <location filename="../app/store/folderrepository.cpp" line="+60"/>
        <location line="+17"/>
        <source>there is no folder %1</source>
        <translation>沒有資料夾 %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&quot;%1&quot; is not a folder path</source>
        <translation>&quot;%1&quot; 不是資料夾路徑</translation>
    </message>
</context>
<context>
    <name>nightshift::Folders</name>
    <message>
        <location filename="../app/core/explorertree.cpp" line="+46"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>生產</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Technical workflows</source>
        <translation>技術工作流程</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Message Center</source>
        <translation>訊息中心</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring</source>
        <translation>監控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow heat map</source>
        <translation>工作流程熱度圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow status</source>
        <translation>工作流程狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start pending</source>
        <translation>等待啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cubes</source>
        <translation>多維資料集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access management</source>
        <translation>存取管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator groups</source>
        <translation>操作員群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named rights</source>
        <translation>具名權限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External accounts</source>
        <translation>外部帳戶</translation>
    </message>
</context>
<context>
    <name>nightshift::ForecastingJob</name>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/forecastingjob.cpp" line="+52"/>
        <source>mean of the last %n %1 deliveries</source>
        <translation>
            <numerusform>最近 %n 個 %1 傳遞的平均值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no email history: recipients with a usable email address</source>
        <translation>沒有電子郵件歷程記錄：具有可用電子郵件地址的收件者</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cancelled while removing stale provisional logs</source>
        <translation>移除過時的暫定記錄時已取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>parameter batch must be a positive number of deliveries, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的傳遞數，而不是 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>cancelled while forecasting deliveries after id %1 (%n forecast, kept)</source>
        <translation>
            <numerusform>預測 ID %1 之後的傳遞時已取消（已預測 %n 個，已保留）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2) on %3: no past %2 delivery to estimate from; no provisional log</source>
        <translation>%1（%2）於 %3：沒有過去的 %2 傳遞可供估計；未產生暫定記錄</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%2) on %3: %n message(s) forecast (%4)</source>
        <translation>
            <numerusform>%1（%2）於 %3：預測 %n 則訊息（%4）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n provisional delivery(ies) forecast: %1 message(s) in total; %2 stale provisional log(s) removed; in %3 ms%4</source>
        <translation>
            <numerusform>已預測 %n 個暫定傳遞：共 %1 則訊息；已移除 %2 筆過時的暫定記錄；耗時 %3 毫秒%4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (simulation: nothing written)</source>
        <translation>（模擬：未寫入任何內容）</translation>
    </message>
</context>
<context>
    <name>nightshift::Formatting</name>
    <message>
        <location filename="../ui/common/formatting.cpp" line="+24"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
</context>
<context>
    <name>nightshift::GanttView</name>
    <message>
        <location filename="../ui/history/ganttview.cpp" line="+33"/>
        <source>Select a run to see its tasks on a time line.</source>
        <translation>選取一個執行，即可在時間軸上查看其任務。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This run has no tasks.</source>
        <translation>此執行沒有任務。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 (task %2, attempt %3): %4, %5</source>
        <translation>%1（任務 %2，第 %3 次嘗試）：%4，%5</translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapCollectorJob</name>
    <message>
        <location filename="../app/jobs/defaultinstall/heatmapcollectorjob.cpp" line="+90"/>
        <source>cannot prepare the heat-map slot insert: %1</source>
        <translation>無法準備熱度圖時段的插入：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot store the heat-map slot of run %1: %2</source>
        <translation>無法儲存執行 %1 的熱度圖時段：%2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>parameter batch must be a positive number of runs, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的執行數，而不是 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>simulation: %n run(s) would be collected</source>
        <translation>
            <numerusform>模擬：將收集 %n 筆執行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>cancelled while collecting runs after run %1 (%n run(s) stored, kept)</source>
        <translation>
            <numerusform>收集執行 %1 之後的執行時已取消（已儲存 %n 筆執行，已保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n run(s) left running in the heat map no longer exist (history purged): closed at their last known duration</source>
        <translation>
            <numerusform>熱度圖中仍標示為執行中的 %n 筆執行已不存在（歷程記錄已清除）：以最後已知的持續時間結束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n run(s) collected (%1 still running) in %2 ms</source>
        <translation>
            <numerusform>已收集 %n 筆執行（%1 筆仍在執行中），耗時 %2 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapLegend</name>
    <message>
        <location filename="../ui/heatmap/heatmaplegend.cpp" line="+34"/>
        <location line="+22"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nothing ran)</source>
        <translation>（沒有任何執行）</translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapModel</name>
    <message>
        <location filename="../ui/heatmap/heatmapmodel.cpp" line="+81"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such time in %1</source>
        <translation>%1 中沒有此時間</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n workflow(s) scheduled to run</source>
        <translation>
            <numerusform>%1：排定執行 %n 個工作流程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n workflow(s) running</source>
        <translation>
            <numerusform>%1：%n 個工作流程正在執行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapPage</name>
    <message>
        <location filename="../ui/heatmap/heatmappage.cpp" line="+83"/>
        <source>Workflow heat map</source>
        <translation>工作流程熱度圖</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next 7 days</source>
        <translation>未來 7 天(&amp;N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs the schedules of the started workflows will trigger, each as long as its recent runs</source>
        <translation>已啟動工作流程的排程將觸發的執行，每個執行的長度與其最近幾次執行相同</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the runs that lasted at least this long (running ones: so far)</source>
        <translation>僅顯示持續至少這麼久的執行（執行中者：以目前為止計算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any length</source>
        <translation>任何長度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M&amp;inimum:</source>
        <translation>最短(&amp;I)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All workflows</source>
        <translation>所有工作流程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technical and marketing</source>
        <translation>技術與行銷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical</source>
        <translation>技術</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name contains…</source>
        <translation>名稱包含…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click a cell, or move to it and press Enter, to list what ran then.</source>
        <translation>按一下儲存格，或移至儲存格並按 Enter，即可列出當時執行的項目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workflow / activity</source>
        <translation>工作流程 / 活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;workflow</source>
        <translation>開啟工作流程(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;run</source>
        <translation>開啟執行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run in its workflow&apos;s History tab</source>
        <translation>在其工作流程的「歷程記錄」分頁中的執行</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Times in %1</source>
        <translation>時間以 %1 表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · server: %1</source>
        <translation> · 伺服器：%1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>workflows scheduled</source>
        <translation>已排程的工作流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workflows running</source>
        <translation>執行中的工作流程</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: loading…</source>
        <translation>%1：正在載入…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n run(s) scheduled</source>
        <translation>
            <numerusform>%1：已排程 %n 個執行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1：%n 個執行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · run %2</source>
        <translation>%1 · 執行 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>已排程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its history was purged: only the heat map remembers this run</source>
        <translation>其歷程記錄已被清除：只有熱度圖還記得這次執行</translation>
    </message>
</context>
<context>
    <name>nightshift::HeatMapQuery</name>
    <message>
        <location filename="../app/reports/heatmapquery.cpp" line="+156"/>
        <source>see the workflow heat map</source>
        <translation>請參閱工作流程熱度圖</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the heat map needs a valid day and time zone</source>
        <translation>熱度圖需要有效的日期與時區</translation>
    </message>
</context>
<context>
    <name>nightshift::HistoryData</name>
    <message>
        <location filename="../ui/history/historydata.cpp" line="+47"/>
        <source>Run %1 no longer exists.</source>
        <translation>執行 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>nightshift::HistoryView</name>
    <message>
        <location filename="../ui/history/historyview.cpp" line="+34"/>
        <source>Interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>執行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Durations</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks of the run</source>
        <translation>執行的任務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 newest runs shown; scroll for more</source>
        <translation>顯示最新的 %1 筆執行；捲動以查看更多</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 筆執行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No runs yet</source>
        <translation>尚無執行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a run to see its tasks on a time line.</source>
        <translation>選取一個執行，即可在時間軸上查看其任務。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select only one run to see its tasks.</source>
        <translation>只選取一個執行以查看其任務。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation>選取兩個執行（Ctrl+按一下）以進行比較。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select exactly two runs to compare them.</source>
        <translation>請剛好選取兩個執行以進行比較。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tasks of run %1</source>
        <translation>執行 %1 的任務</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the tasks: %1</source>
        <translation>無法讀取任務：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot compare the runs: %1</source>
        <translation>無法比較執行：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::HttpClient</name>
    <message>
        <location filename="../app/jobs/connectors/httpclient.cpp" line="+66"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; 不是 http 或 https URL</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GET %1: the answer is larger than %2 bytes; refused</source>
        <translation>GET %1：回應大於 %2 位元組；已拒絕</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 回應 HTTP %2</translation>
    </message>
</context>
<context>
    <name>nightshift::Instance</name>
    <message>
        <location filename="../app/store/instance.cpp" line="+27"/>
        <source>there is no instance at %1; create one with &quot;nightshiftctl init --instance %1&quot;</source>
        <translation>%1 沒有執行個體；請使用 &quot;nightshiftctl init --instance %1&quot; 建立</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Nightshift instance (it has no schema); create one with &quot;nightshiftctl init&quot;</source>
        <translation>%1 不是 Nightshift 執行個體（沒有結構描述）；請使用 &quot;nightshiftctl init&quot; 建立</translation>
    </message>
</context>
<context>
    <name>nightshift::InstanceList</name>
    <message>
        <location filename="../ui/login/instancelist.cpp" line="+26"/>
        <source>Default instance</source>
        <translation>預設執行個體</translation>
    </message>
</context>
<context>
    <name>nightshift::InstanceLocation</name>
    <message>
        <location filename="../app/store/instancelocation.cpp" line="+24"/>
        <source>no instance given: pass a SQLite file path or a postgresql:// URL</source>
        <translation>未指定執行個體：請傳入 SQLite 檔案路徑或 postgresql:// URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL; write postgresql://user@host:5432/database</source>
        <translation>&quot;%1&quot; 不是有效的 PostgreSQL URL；請寫成 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PostgreSQL URL names no database; write postgresql://user@host:5432/database</source>
        <translation>PostgreSQL URL 未指定資料庫；請寫成 postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// URL</source>
        <translation>&quot;%1&quot; 既不是檔案路徑，也不是 postgresql:// URL</translation>
    </message>
</context>
<context>
    <name>nightshift::InstanceSnapshot</name>
    <message>
        <location filename="../app/store/instancesnapshot.cpp" line="+24"/>
        <source>stored definition</source>
        <translation>已儲存的定義</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stored definition of workflow %1 is damaged: %2</source>
        <translation>工作流程 %1 已儲存的定義已損毀：%2</translation>
    </message>
</context>
<context>
    <name>nightshift::JournalLevel</name>
    <message>
        <location filename="../app/core/executionstatus.cpp" line="+17"/>
        <source>Debug</source>
        <translation>偵錯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>nightshift::JournalModel</name>
    <message>
        <location filename="../ui/journal/journalmodel.cpp" line="+140"/>
        <location line="+64"/>
        <source>Cannot read the journal: %1</source>
        <translation>無法讀取日誌：%1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>nightshift::JournalQuery</name>
    <message>
        <location filename="../ui/journal/journalquery.cpp" line="+243"/>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the export: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::JournalView</name>
    <message>
        <location filename="../ui/journal/journalview.cpp" line="+76"/>
        <source>Reading the journal…</source>
        <translation>正在讀取日誌…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All levels</source>
        <translation>所有層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and above</source>
        <translation>資訊及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告與錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>僅錯誤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the lines of this level or above</source>
        <translation>顯示此層級或以上的行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All activities</source>
        <translation>所有活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the lines of one activity (its name, as in the definition)</source>
        <translation>顯示單一活動的行（其名稱，與定義中相同）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in messages (Ctrl+F)</source>
        <translation>在訊息中尋找（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or F3 finds the next line containing the text, Shift+F3 the previous one</source>
        <translation>按 Enter 或 F3 尋找下一個包含此文字的行，按 Shift+F3 尋找上一個</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous line containing the text</source>
        <translation>上一個包含此文字的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next line containing the text</source>
        <translation>下一個包含此文字的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest</source>
        <translation>最舊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the oldest lines</source>
        <translation>移至最舊的行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the newest lines</source>
        <translation>移至最新的行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the lines the filters show to a file</source>
        <translation>將篩選條件顯示的行儲存至檔案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow</source>
        <translation>跟隨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows new lines at the bottom as the engine writes them</source>
        <translation>在引擎寫入新行時於底部顯示</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the search or export (Esc)</source>
        <translation>停止搜尋或匯出（Esc）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Searching for “%1”…</source>
        <translation>正在搜尋「%1」…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot search the journal: %1</source>
        <translation>無法搜尋日誌：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No line further down contains “%1”.</source>
        <translation>下方沒有任何行包含「%1」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No line further up contains “%1”.</source>
        <translation>上方沒有任何行包含「%1」。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the journal</source>
        <translation>匯出日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>文字檔 (*.txt *.log);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n lines to %1.</source>
        <translation>
            <numerusform>已匯出 %n 行至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No lines match the filters.</source>
        <translation>沒有符合篩選條件的行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is empty.</source>
        <translation>日誌是空的。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines read</source>
        <translation>
            <numerusform>已讀取 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; scroll for older and newer lines</source>
        <translation>%1；捲動以查看較舊和較新的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, up to the newest; scroll up for older lines</source>
        <translation>%1，直到最新；向上捲動以查看較舊的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, from the oldest; scroll down for newer lines</source>
        <translation>%1，從最舊開始；向下捲動以查看較新的行</translation>
    </message>
</context>
<context>
    <name>nightshift::LoginAttempt</name>
    <message>
        <location filename="../ui/login/loginattempt.cpp" line="+26"/>
        <source>Cannot open the instance: %1</source>
        <translation>無法開啟執行個體：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login refused: %1</source>
        <translation>登入遭拒：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected error while logging in: %1</source>
        <translation>登入時發生非預期的錯誤：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+30"/>
        <source>Keep the password in the system keyring; untick to forget a remembered one</source>
        <translation>將密碼保存在系統鑰匙圈中；取消勾選則會移除已記住的密碼</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log In — Nightshift</source>
        <translation>登入 — Nightshift</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nightshift</source>
        <translation>Nightshift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log in to an instance</source>
        <translation>登入執行個體</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a SQLite file or a PostgreSQL database to the list</source>
        <translation>將 SQLite 檔案或 PostgreSQL 資料庫新增至清單</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Instance:</source>
        <translation>執行個體(&amp;I)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only if the URL and NIGHTSHIFT_PGPASSWORD give none</source>
        <translation>僅在 URL 和 NIGHTSHIFT_PGPASSWORD 都未提供密碼時才需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me</source>
        <translation>記住我(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Login:</source>
        <translation>登入名稱(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database password:</source>
        <translation>資料庫密碼(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log In</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot use the instance %1: %2</source>
        <translation>無法使用執行個體 %1：%2</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot use this instance: %1</source>
        <translation>無法使用此執行個體：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logging in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password remembered in the keyring was refused: type the current one.</source>
        <translation>鑰匙圈中記住的密碼遭拒：請輸入目前的密碼。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>Updating the keyring…</source>
        <translation>正在更新鑰匙圈…</translation>
    </message>
</context>
<context>
    <name>nightshift::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+69"/>
        <source>Nightshift</source>
        <translation>Nightshift</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%1 (no heartbeat for %n s)</source>
        <translation>
            <numerusform>%1（已 %n 秒沒有活動訊號）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Instance</source>
        <translation>執行個體(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the folders and workflows of the instance again</source>
        <translation>重新讀取執行個體的資料夾和工作流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workflow</source>
        <translation>工作流程(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow actions</source>
        <translation>工作流程動作</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command palette…</source>
        <translation>命令選擇區(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find any action or workflow by typing a few letters of its name</source>
        <translation>輸入名稱中的幾個字母，即可尋找任何動作或工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>系統(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Options</source>
        <translation>選項(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purge settings…</source>
        <translation>清除設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the database cleanup keeps each kind of data</source>
        <translation>資料庫清理對各類資料的保留時間</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+141"/>
        <source>Purge settings saved</source>
        <translation>已儲存清除設定</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Logged in as %1</source>
        <translation>已以 %1 身分登入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups: %1</source>
        <translation>群組：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refreshing…</source>
        <translation>正在重新整理…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — Nightshift</source>
        <translation>%1 — Nightshift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance: %1</source>
        <translation>執行個體：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the instance…</source>
        <translation>正在載入執行個體…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Updated at %1</source>
        <translation>更新時間：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not updated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded</source>
        <translation>未載入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No instance open</source>
        <translation>未開啟執行個體</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press F5 to try again once the problem above is solved.</source>
        <translation>解決上述問題後，請按 F5 重試。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in to change the purge settings</source>
        <translation>登入以變更清除設定</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Workflow status: %1</source>
        <translation>工作流程狀態：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::MessageBar</name>
    <message>
        <location filename="../ui/common/messagebar.cpp" line="+34"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>nightshift::Migrator</name>
    <message>
        <location filename="../app/store/migrator.cpp" line="+54"/>
        <source>this instance has schema version %1, made by a newer Nightshift; this version knows schema versions up to %2. Upgrade Nightshift to open it.</source>
        <translation>此執行個體的結構描述版本為 %1，是由較新版的 Nightshift 建立；此版本只支援到結構描述版本 %2。請升級 Nightshift 後再開啟。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>upgrading the instance to schema version %1 (%2) failed: %3</source>
        <translation>將執行個體升級至結構描述版本 %1（%2）失敗：%3</translation>
    </message>
</context>
<context>
    <name>nightshift::NotificationBell</name>
    <message>
        <location filename="../ui/notifications/notificationbell.cpp" line="+44"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notifications sent to your groups and to you: alerts of workflows, and paused workflows (cleanupPausedWorkflows). Acknowledging one records who and when.</source>
        <translation>傳送給您的群組和您的通知：工作流程的警示，以及已暫停的工作流程（cleanupPausedWorkflows）。確認通知時會記錄確認者與時間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the workflow</source>
        <translation>開啟工作流程(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge a&amp;ll</source>
        <translation>全部確認(&amp;L)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot read the notifications: %1</source>
        <translation>無法讀取通知：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n unread notification(s): click to read them</source>
        <translation>
            <numerusform>%n 則未讀通知：按一下以閱讀</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unread notification</source>
        <translation>沒有未讀通知</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot acknowledge: %1</source>
        <translation>無法確認：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::NotificationModel</name>
    <message>
        <location filename="../ui/notifications/notificationmodel.cpp" line="+64"/>
        <source>(deleted workflow)</source>
        <translation>（已刪除的工作流程）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 確認</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To: %1</source>
        <translation>收件者：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
</context>
<context>
    <name>nightshift::OfferMgtJob</name>
    <message numerus="yes">
        <location filename="../app/jobs/delivery/offermgtjob.cpp" line="+59"/>
        <source>cancelled while %1 (%n row(s) done, kept)</source>
        <translation>
            <numerusform>%1 時已取消（已處理 %n 列，已保留）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removing from %1</source>
        <translation>正在從 %1 移除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>deploying to %1</source>
        <translation>正在部署至 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>offer %1 not deployed: it has no category</source>
        <translation>優惠 %1 未部署：沒有類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offer %1 not deployed: its category %2 is not online (state %3)</source>
        <translation>優惠 %1 未部署：其類別 %2 未上線（狀態 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category %1 not deployed: its parent %2 is not online (state %3)</source>
        <translation>類別 %1 未部署：其上層類別 %2 未上線（狀態 %3）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more offer(s) or category(ies) not deployed for the same reasons</source>
        <translation>
            <numerusform>另有 %n 個優惠或類別因相同原因未部署</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>simulation: %n offer(s) and category(ies) wait for deployment; nothing written</source>
        <translation>
            <numerusform>模擬：%n 個優惠和類別等待部署；未寫入任何內容</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter batch must be a positive number of rows, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的列數，而不是「%1」</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>removed from the online environment: %1 category(ies) and %2 offer(s) in %3 ms</source>
        <translation>已從線上環境移除：%1 個類別和 %2 個優惠，耗時 %3 毫秒</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n category(ies) deployed in %1 ms</source>
        <translation>
            <numerusform>已部署 %n 個類別，耗時 %1 毫秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n offer(s) deployed in %1 ms</source>
        <translation>
            <numerusform>已部署 %n 個優惠，耗時 %1 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::OperatorAdmin</name>
    <message>
        <location filename="../app/security/operatoradmin.cpp" line="+71"/>
        <source>manage operators</source>
        <translation>管理操作員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no operator %1</source>
        <translation>沒有操作員 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>list operators</source>
        <translation>列出操作員</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a valid login: start with a letter or _, then letters, digits or _</source>
        <translation>&quot;%1&quot; 不是有效的登入名稱：必須以字母或 _ 開頭，後接字母、數字或 _</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an operator %1 already exists</source>
        <translation>操作員 %1 已存在</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>your operator does not exist any more</source>
        <translation>您的操作員已不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current password is wrong; nothing was changed</source>
        <translation>目前的密碼錯誤；未進行任何變更</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is no operator group &quot;%1&quot;</source>
        <translation>沒有操作員群組 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a right; use administration, workflow, sqlScript, fileAccess, export, import, privacyData, or @group</source>
        <translation>&quot;%1&quot; 不是權限；請使用 administration、workflow、sqlScript、fileAccess、export、import、privacyData 或 @group</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a right</source>
        <translation>&quot;%1&quot; 不是權限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>operator %1 does not hold %2</source>
        <translation>操作員 %1 並未擁有 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>you cannot disable yourself</source>
        <translation>您無法停用自己</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>you cannot delete yourself</source>
        <translation>您無法刪除自己</translation>
    </message>
</context>
<context>
    <name>nightshift::OperatorRepository</name>
    <message>
        <location filename="../app/store/operatorrepository.cpp" line="+51"/>
        <source>there is no operator group &quot;%1&quot;</source>
        <translation>沒有操作員群組 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>nightshift::OptionsPage</name>
    <message>
        <location filename="../ui/explorer/optionspage.cpp" line="+16"/>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Log in to see and change the purge settings.</source>
        <translation>登入以查看及變更清除設定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instance is open.</source>
        <translation>沒有開啟的執行個體。</translation>
    </message>
</context>
<context>
    <name>nightshift::PackageInstaller</name>
    <message>
        <location filename="../app/store/packageinstaller.cpp" line="+23"/>
        <source>install packages</source>
        <translation>安裝套件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no package &quot;%1&quot;; &quot;nightshiftctl packages list&quot; shows them</source>
        <translation>沒有套件 &quot;%1&quot;；&quot;nightshiftctl packages list&quot; 會列出所有套件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder of package %1: %2</source>
        <translation>無法建立套件 %1 的資料夾：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a workflow named &quot;%1&quot; already exists; rename or delete it before installing package %2</source>
        <translation>已有名為 &quot;%1&quot; 的工作流程；請先將它重新命名或刪除，再安裝套件 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add external accounts</source>
        <translation>新增外部帳戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid account name: start with a letter or _, then letters, digits or _</source>
        <translation>&quot;%1&quot; 不是有效的帳戶名稱：必須以字母或 _ 開頭，後接字母、數字或 _</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an external account type; use one of %2</source>
        <translation>&quot;%1&quot; 不是外部帳戶類型；請使用下列其中之一：%2</translation>
    </message>
</context>
<context>
    <name>nightshift::PasswordHasher</name>
    <message>
        <location filename="../app/security/passwordhasher.cpp" line="+30"/>
        <source>the password must have at least %1 characters</source>
        <translation>密碼至少必須有 %1 個字元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password must have at most %1 characters</source>
        <translation>密碼最多只能有 %1 個字元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the cryptography library could not start</source>
        <translation>無法啟動加密程式庫</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not enough memory to hash the password</source>
        <translation>記憶體不足，無法雜湊密碼</translation>
    </message>
</context>
<context>
    <name>nightshift::PivotChart</name>
    <message>
        <location filename="../ui/reports/pivotchart.cpp" line="+45"/>
        <source>Bars</source>
        <translation>長條圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacked bars</source>
        <translation>堆疊長條圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>折線圖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pie</source>
        <translation>圓餅圖</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a measure to see a chart</source>
        <translation>加入量值以查看圖表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to chart</source>
        <translation>沒有可繪製圖表的內容</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <translation>%1（依 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(first %1)</source>
        <translation>（前 %1 個）</translation>
    </message>
</context>
<context>
    <name>nightshift::PivotExport</name>
    <message>
        <location filename="../ui/reports/pivotexport.cpp" line="+63"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+8"/>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>nightshift::PivotFormat</name>
    <message>
        <location filename="../ui/reports/pivotformat.cpp" line="+36"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>nightshift::PivotModel</name>
    <message>
        <location filename="../ui/reports/pivotmodel.cpp" line="+289"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>nightshift::PivotTable</name>
    <message>
        <location filename="../ui/reports/pivottable.cpp" line="+88"/>
        <source>The cube &quot;%1&quot; has no measure &quot;%2&quot;.</source>
        <translation>多維資料集 &quot;%1&quot; 沒有量值 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one measure.</source>
        <translation>請至少選擇一個量值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cube &quot;%1&quot; has no level &quot;%2.%3&quot;.</source>
        <translation>多維資料集 &quot;%1&quot; 沒有層級 &quot;%2.%3&quot;。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
</context>
<context>
    <name>nightshift::PlaceholderPage</name>
    <message>
        <location filename="../ui/common/placeholderpage.cpp" line="+39"/>
        <source>The “%1” view is not available in this version of Nightshift yet.</source>
        <translation>此版本的 Nightshift 尚未提供「%1」檢視。</translation>
    </message>
</context>
<context>
    <name>nightshift::PrincipalLoader</name>
    <message>
        <location filename="../app/security/principalloader.cpp" line="+45"/>
        <source>operator %1 does not exist (any more)</source>
        <translation>操作員 %1 不存在（或已不存在）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator %1 is disabled</source>
        <translation>操作員 %1 已停用</translation>
    </message>
</context>
<context>
    <name>nightshift::PropertiesPage</name>
    <message>
        <location filename="../ui/workflow/propertiespage.cpp" line="+25"/>
        <source>Log the SQL statements of the activities</source>
        <translation>記錄活動的 SQL 陳述式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart automatically after an error (watchdog)</source>
        <translation>發生錯誤後自動重新啟動（監控程式）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any engine node</source>
        <translation>任何引擎節點</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Production</source>
        <translation>生產</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the process (failed and paused)</source>
        <translation>停止處理程序（失敗並暫停）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any number</source>
        <translation>任意次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to </source>
        <translation>最多 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> errors in a row</source>
        <translation> 次連續錯誤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>標籤(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal name:</source>
        <translation>內部名稱(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;older:</source>
        <translation>資料夾(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package:</source>
        <translation>套件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution</source>
        <translation>執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Supervisor group:</source>
        <translation>監督群組(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>嚴重性(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History:</source>
        <translation>歷程記錄(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;affinity:</source>
        <translation>預設親和性(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Concurrency limit:</source>
        <translation>並行上限(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On error:</source>
        <translation>發生錯誤時：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>An internal name starts with a letter or _, then letters, digits or _ (at most 64).</source>
        <translation>內部名稱以字母或 _ 開頭，後接字母、數字或 _（最多 64 個字元）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another workflow is already named %1.</source>
        <translation>已有另一個工作流程名為 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename to %1</source>
        <translation>重新命名為 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none (not a technical workflow)</source>
        <translation>無（不是技術工作流程）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit workflow properties</source>
        <translation>編輯工作流程屬性</translation>
    </message>
</context>
<context>
    <name>nightshift::PurgeSettings</name>
    <message>
        <location filename="../app/store/purgesettings.cpp" line="+27"/>
        <source>Consolidated tracking</source>
        <translation>彙整追蹤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery logs</source>
        <translation>傳遞記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking logs</source>
        <translation>追蹤記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted deliveries</source>
        <translation>已刪除的傳遞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rejects</source>
        <translation>匯入拒絕記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor profiles</source>
        <translation>訪客設定檔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer propositions</source>
        <translation>優惠提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived events</source>
        <translation>已封存事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event statistics</source>
        <translation>事件統計資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy request files</source>
        <translation>隱私權要求檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database statistics after a purge</source>
        <translation>清除後的資料庫統計資料</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the value must be one of %2; got &quot;%3&quot;</source>
        <translation>%1：值必須是 %2 其中之一；收到的是 &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the retention must be a whole number of days from %2 to %3; got &quot;%4&quot;</source>
        <translation>%1：保留期必須是 %2 到 %3 之間的整數天數；收到的是 &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+14"/>
        <source>%1: the purge setting %2 is missing from the options</source>
        <translation>%1：選項中缺少清除設定 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change the purge settings</source>
        <translation>變更清除設定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is no purge setting &quot;%1&quot;</source>
        <translation>沒有清除設定 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>nightshift::PurgeSettingsDialog</name>
    <message>
        <location filename="../ui/options/purgesettingsdialog.cpp" line="+25"/>
        <source>Purge settings</source>
        <translation>清除設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the database cleanup keeps each kind of data, in days (%1 to %2).</source>
        <translation>資料庫清理對各類資料的保留時間，以天為單位（%1 到 %2）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the purge settings: %1</source>
        <translation>無法讀取清除設定：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>change the purge settings</source>
        <translation>變更清除設定</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stored values are invalid; the cleanup will not run until they are corrected: %1</source>
        <translation>已儲存的值無效；在更正之前不會執行清理：%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The purge settings were not saved: %1</source>
        <translation>未儲存清除設定：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::RememberedPasswords</name>
    <message>
        <location filename="../ui/login/rememberedpasswords.cpp" line="+95"/>
        <source>The keyring could not forget the password: %1</source>
        <translation>鑰匙圈無法移除密碼：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring could not remember the password: %1</source>
        <translation>鑰匙圈無法記住密碼：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keyring did not answer: the password was neither remembered nor forgotten.</source>
        <translation>鑰匙圈沒有回應：密碼既未記住，也未移除。</translation>
    </message>
</context>
<context>
    <name>nightshift::ReportingAggregatesJob</name>
    <message>
        <location filename="../app/jobs/delivery/reportingaggregatesjob.cpp" line="+96"/>
        <source>parameter batch must be a positive number of broad logs, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的廣泛記錄數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter full must be true or false, not &quot;%1&quot;</source>
        <translation>參數 full 必須是 true 或 false，而不是 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>simulation: %n broad log(s) would be aggregated</source>
        <translation>
            <numerusform>模擬：將彙總 %n 筆廣泛記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>full rebuild: aggregate emptied in %1 ms</source>
        <translation>完整重建：已清空彙總，耗時 %1 毫秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the watermark (broad log %1) is beyond the newest broad log (%2): logs were deleted; run with full=true to recount what is left</source>
        <translation>水位標記（廣泛記錄 %1）超出最新的廣泛記錄（%2）：記錄已被刪除；請以 full=true 執行以重新計算剩餘的記錄</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>cancelled while aggregating broad logs after id %1 (%n counted, kept)</source>
        <translation>
            <numerusform>彙總 ID %1 之後的廣泛記錄時已取消（已計算 %n 筆，已保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n broad log(s) aggregated, up to id %1; the aggregate holds %2 row(s); in %3 ms</source>
        <translation>
            <numerusform>已彙總 %n 筆廣泛記錄，直到 ID %1；彙總含有 %2 列；耗時 %3 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::Rights</name>
    <message>
        <location filename="../app/core/rights.cpp" line="+15"/>
        <source>ADMINISTRATION</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WORKFLOW</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL script execution</source>
        <translation>SQL 指令碼執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files access</source>
        <translation>檔案存取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy data</source>
        <translation>隱私權資料</translation>
    </message>
</context>
<context>
    <name>nightshift::RunComparisonView</name>
    <message>
        <location filename="../ui/history/runcomparisonview.cpp" line="+34"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select two runs (Ctrl+click) to compare them.</source>
        <translation>選取兩個執行（Ctrl+按一下）以進行比較。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run %1</source>
        <translation>執行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>觸發條件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows processed</source>
        <translation>已處理的列數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities (executions × time)</source>
        <translation>活動（執行次數 × 時間）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Journal: the same messages</source>
        <translation>日誌：訊息相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal differences (numbers masked as #)</source>
        <translation>日誌差異（數字以 # 遮蔽）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(only the first 100,000 lines of each run were compared)</source>
        <translation>（每個執行只比較了前 100,000 行）</translation>
    </message>
</context>
<context>
    <name>nightshift::RunStatus</name>
    <message>
        <location filename="../app/core/executionstatus.cpp" line="+9"/>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>已中斷</translation>
    </message>
</context>
<context>
    <name>nightshift::RunsModel</name>
    <message>
        <location filename="../ui/history/runsmodel.cpp" line="+83"/>
        <source>Cannot read the runs: %1</source>
        <translation>無法讀取執行：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 by %2</source>
        <translation>%1（由 %2 發起）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>觸發條件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>nightshift::ScheduleCalculator</name>
    <message>
        <location filename="../app/core/schedulecalculator.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a known time zone; use server, operator or a name such as Europe/Paris</source>
        <translation>&quot;%1&quot; 不是已知的時區；請使用 server、operator 或時區名稱（例如 Europe/Paris）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;every&gt; interval must be whole minutes, from 1m to 24h</source>
        <translation>&lt;every&gt; 的間隔必須是整數分鐘，範圍為 1m 到 24h</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;continuous&gt; pause must not be negative</source>
        <translation>&lt;continuous&gt; 的暫停時間不可為負數</translation>
    </message>
</context>
<context>
    <name>nightshift::ScheduleDialog</name>
    <message>
        <location filename="../ui/workflow/scheduledialog.cpp" line="+36"/>
        <source>Several times a day</source>
        <translation>一天數次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every N minutes or hours</source>
        <translation>每隔 N 分鐘或小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on a day</source>
        <translation>每月，於指定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on a weekday</source>
        <translation>每月，於指定星期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron expression</source>
        <translation>Cron 運算式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuously</source>
        <translation>持續執行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Runs:</source>
        <translation>執行(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>At:</source>
        <translation>時刻：</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>01:00, 07:00, 13:00</source>
        <translation>01:00, 07:00, 13:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every:</source>
        <translation>每隔：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10m, 1h, 1h30m</source>
        <translation>10m, 1h, 1h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>從：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>08:00 (optional, with To)</source>
        <translation>08:00（選填，需搭配「到」）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>18:00</source>
        <translation>18:00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month:</source>
        <translation>每月日期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 … 31, or last</source>
        <translation>1 … 31，或 last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>第一個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second</source>
        <translation>第二個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third</source>
        <translation>第三個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fourth</source>
        <translation>第四個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>最後一個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which:</source>
        <translation>第幾個：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM-DD, e.g. 12-31</source>
        <translation>MM-DD，例如 12-31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-12-01T09:00</source>
        <translation>2026-12-01T09:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression:</source>
        <translation>運算式：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>*/15 8-18 * * mon-fri</source>
        <translation>*/15 8-18 * * mon-fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between runs:</source>
        <translation>執行間隔暫停：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0s</source>
        <translation>0s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>04:00</source>
        <translation>04:00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone and validity</source>
        <translation>時區與有效期間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone:</source>
        <translation>時區(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>有效起始：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（選填）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until:</source>
        <translation>有效截止：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlimited</source>
        <translation>無限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of runs:</source>
        <translation>執行次數：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next runs</source>
        <translation>接下來的執行</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Never runs again</source>
        <translation>不會再執行</translation>
    </message>
</context>
<context>
    <name>nightshift::ScheduleSpec</name>
    <message>
        <location filename="../app/core/schedulespec.cpp" line="-62"/>
        <source>&lt;%1&gt; attribute &quot;%2&quot;: %3</source>
        <translation>&lt;%1&gt; 的 &quot;%2&quot; 屬性：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;%1&gt; needs a &quot;%2&quot; attribute</source>
        <translation>&lt;%1&gt; 需要 &quot;%2&quot; 屬性</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a time of day written HH:MM (00:00 to 23:59)</source>
        <translation>&quot;%1&quot; 不是以 HH:MM 格式表示的時刻（00:00 至 23:59）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at least one time of day, HH:MM</source>
        <translation>請至少提供一個時刻，格式為 HH:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a time of day written HH:MM</source>
        <translation>&quot;%1&quot; 不是以 HH:MM 格式表示的時刻</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a day; use mon, tue, wed, thu, fri, sat or sun</source>
        <translation>&quot;%1&quot; 不是星期幾；請使用 mon、tue、wed、thu、fri、sat 或 sun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; 不是以 YYYY-MM-DD 格式表示的日期</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;%1&gt; is not a schedule; use one of times, every, daily, weekly, monthly, yearly, once, cron, continuous</source>
        <translation>&lt;%1&gt; 不是排程；請使用 times、every、daily、weekly、monthly、yearly、once、cron、continuous 其中之一</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;%1&gt; has no attribute &quot;%2&quot;; it accepts %3</source>
        <translation>&lt;%1&gt; 沒有 &quot;%2&quot; 屬性；可接受的屬性為 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a daily schedule has one time; use &lt;times&gt; for several</source>
        <translation>每日排程只有一個時刻；若需要多個時刻，請使用 &lt;times&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be whole minutes, from 1m to 24h</source>
        <translation>必須是整數分鐘，介於 1m 至 24h 之間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a window needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation>時段必須同時有 &quot;from&quot; 和 &quot;to&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the window must end after it starts</source>
        <translation>時段的結束時間必須晚於開始時間</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either &quot;day&quot; (1 to 31 or last) or &quot;ordinal&quot; with &quot;weekday&quot;</source>
        <translation>請提供 &quot;day&quot;（1 至 31 或 last），或是 &quot;ordinal&quot; 搭配 &quot;weekday&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a day of the month (1 to 31, or last)</source>
        <translation>&quot;%1&quot; 不是當月的日期（1 至 31，或 last）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goes with &quot;ordinal&quot;, not with &quot;day&quot;</source>
        <translation>應搭配 &quot;ordinal&quot;，而非 &quot;day&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not one of first, second, third, fourth, last</source>
        <translation>&quot;%1&quot; 不是 first、second、third、fourth、last 其中之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a date written MM-DD</source>
        <translation>&quot;%1&quot; 不是以 MM-DD 格式表示的日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date and time written YYYY-MM-DDTHH:MM</source>
        <translation>&quot;%1&quot; 不是以 YYYY-MM-DDTHH:MM 格式表示的日期和時間</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not server, operator or a known time zone such as Europe/Paris</source>
        <translation>&quot;%1&quot; 不是 server、operator 或已知的時區（例如 Europe/Paris）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the validity period ends before it starts</source>
        <translation>有效期間的結束時間早於開始時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a positive number of runs</source>
        <translation>&quot;%1&quot; 不是有效的執行次數（必須是正數）</translation>
    </message>
</context>
<context>
    <name>nightshift::ScriptSandbox</name>
    <message>
        <location filename="../app/engine/scriptsandbox.cpp" line="+196"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>variables hold numbers, strings, booleans, null, arrays and objects</source>
        <translation>變數可保存數字、字串、布林值、null、陣列和物件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a function, which a variable cannot keep (%2)</source>
        <translation>%1 保存的是函式，變數無法保存函式（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a %2, which a variable cannot keep (%3)</source>
        <translation>%1 保存的是 %2，變數無法保存此類值（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refers back to an object that contains it (a cyclic object), which a variable cannot keep</source>
        <translation>%1 參照了包含它的物件（循環物件），變數無法保存此類物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must stay an object (the script set it to %2)</source>
        <translation>%1 必須維持為物件（指令碼將它設為 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds a %2 object, which a variable cannot keep (%3)</source>
        <translation>%1 保存的是 %2 物件，變數無法保存此類物件（%3）</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the JavaScript sandbox could not be prepared: %1</source>
        <translation>無法準備 JavaScript 沙箱：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the JavaScript sandbox failed to read the script&apos;s variables back: %1</source>
        <translation>JavaScript 沙箱無法讀回指令碼的變數：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped after the time limit of %1</source>
        <translation>已達時間限制 %1，已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+60"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n further line(s) logged by the script were dropped (at most %1 are kept)</source>
        <translation>
            <numerusform>已捨棄指令碼另外記錄的 %n 行（最多保留 %1 行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the condition is empty</source>
        <translation>條件是空的</translation>
    </message>
</context>
<context>
    <name>nightshift::SecretStore</name>
    <message>
        <location filename="../app/security/secretstore.cpp" line="+39"/>
        <source>there is no D-Bus session bus</source>
        <translation>沒有 D-Bus 工作階段匯流排</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No keyring is available on this system: the password will be asked each time.</source>
        <translation>此系統上沒有可用的鑰匙圈：每次都會詢問密碼。</translation>
    </message>
</context>
<context>
    <name>nightshift::SmtpClient</name>
    <message>
        <location filename="../app/jobs/connectors/smtpclient.cpp" line="+72"/>
        <source>&quot;%1&quot; is not an smtp:// or smtps:// server address</source>
        <translation>&quot;%1&quot; 不是 smtp:// 或 smtps:// 伺服器地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a mail address</source>
        <translation>&quot;%1&quot; 不是郵件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending mail to %1 through %2</source>
        <translation>正在透過 %2 寄送郵件給 %1</translation>
    </message>
</context>
<context>
    <name>nightshift::SnapshotLoader</name>
    <message>
        <location filename="../ui/common/snapshotloader.cpp" line="+116"/>
        <source>Cannot open the instance: %1</source>
        <translation>無法開啟執行個體：%1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot read the instance: %1</source>
        <translation>無法讀取執行個體：%1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Unexpected error while loading the instance: %1</source>
        <translation>載入執行個體時發生非預期的錯誤：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the workflows&apos; triggers: %1</source>
        <translation>無法讀取工作流程的觸發條件：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::Store</name>
    <message>
        <location filename="../app/store/sqlsupport.cpp" line="+34"/>
        <source>database error preparing &quot;%1&quot;: %2</source>
        <translation>準備 &quot;%1&quot; 時發生資料庫錯誤：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database error running &quot;%1&quot;: %2</source>
        <translation>執行 &quot;%1&quot; 時發生資料庫錯誤：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <source>cannot start a write transaction: %1</source>
        <translation>無法開始寫入交易：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit: %1</source>
        <translation>無法認可交易：%1</translation>
    </message>
</context>
<context>
    <name>nightshift::TaskTableModel</name>
    <message>
        <location filename="../ui/workflow/tasktablemodel.cpp" line="+40"/>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Armed</source>
        <translation>已設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>nightshift::TrackingJob</name>
    <message>
        <location filename="../app/jobs/delivery/trackingingest.cpp" line="+117"/>
        <source>it is shorter (%1 bytes) than the %2 bytes already collected from it</source>
        <translation>檔案比已從中收集的 %2 位元組還短（%1 位元組）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot cut %1 back to its committed size: %2</source>
        <translation>無法將 %1 截回已認可的大小：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1 from byte %2: %3</source>
        <translation>無法從第 %2 位元組讀取 %1：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled while collecting %1 at line %2 (the next run resumes there)</source>
        <translation>在第 %2 行收集 %1 時已取消（下次執行會從該處繼續）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown delivery %1</source>
        <translation>不明的傳遞 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown URL tag &quot;%1&quot; for delivery %2</source>
        <translation>傳遞 %2 的 URL 標籤 &quot;%1&quot; 不明</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+129"/>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 is collected but cannot be moved to %2: %3 (the next run moves it without reading it again)</source>
        <translation>%1 已收集，但無法移至 %2：%3（下次執行會移動它，不會重新讀取）</translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/trackingjob.cpp" line="+30"/>
        <source>parameter folder</source>
        <translation>參數 folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1</source>
        <translation>選項 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no tracking log folder is set: set the option %1 (Options) to the folder where the redirection servers write their log files</source>
        <translation>未設定追蹤記錄資料夾：請將選項 %1（選項）設為重新導向伺服器寫入記錄檔的資料夾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tracking log folder %1 (%2) does not exist</source>
        <translation>追蹤記錄資料夾 %1（%2）不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tracking log folder %1 (%2) is not a folder</source>
        <translation>追蹤記錄資料夾 %1（%2）不是資料夾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tracking log folder %1 (%2) cannot be read</source>
        <translation>無法讀取追蹤記錄資料夾 %1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter chunk must be a number of lines (0: sized automatically), not &quot;%1&quot;</source>
        <translation>參數 chunk 必須是行數（0：自動調整大小），而不是 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>simulation: %n file(s) of %1 bytes would be collected from %2</source>
        <translation>
            <numerusform>模擬：將從 %2 收集 %n 個檔案，共 %1 位元組</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled while collecting tracking logs (%1 of %2 files done)</source>
        <translation>收集追蹤記錄時已取消（已完成 %2 個檔案中的 %1 個）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read (%2): left in place, the next run tries again</source>
        <translation>無法讀取 %1（%2）：保留原處，下次執行會再試一次</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 was already collected (%n line(s)): moved to done/ without reading it again</source>
        <translation>
            <numerusform>%1 已收集過（%n 行）：已移至 done/，不會重新讀取</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (resumed where an interrupted run stopped)</source>
        <translation>（從中斷的執行停止處繼續）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n event(s) collected%2</source>
        <translation>
            <numerusform>%1：已收集 %n 個事件%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n event(s) collected%2, %3 corrupt line(s) of %4 rejected to rejects/%1.rejects (%5)</source>
        <translation>
            <numerusform>%1：已收集 %n 個事件%2，%4 中有 %3 行損毀，已拒絕並寫入 rejects/%1.rejects（%5）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled before recomputing delivery indicators</source>
        <translation>重新計算傳遞指標前已取消</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) collected: %1 event(s), %2 line(s) rejected, %3 file(s) left unread; indicators of %4 delivery(ies) recomputed; in %5 ms (longest transaction %6 ms)</source>
        <translation>
            <numerusform>已收集 %n 個檔案：%1 個事件，拒絕 %2 行，%3 個檔案未讀取；已重新計算 %4 個傳遞的指標；耗時 %5 毫秒（最長交易 %6 毫秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/jobs/delivery/trackinglogline.cpp" line="+75"/>
        <source>holds a NUL byte</source>
        <translation>含有 NUL 位元組</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tab-separated field(s) instead of %2</source>
        <translation>有 %1 個以 Tab 分隔的欄位，而非 %2 個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an ISO-8601 UTC time</source>
        <translation>&quot;%1&quot; 不是 ISO-8601 UTC 時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event type &quot;%1&quot; (open, click or optout)</source>
        <translation>不明的事件類型 &quot;%1&quot;（open、click 或 optout）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a delivery id</source>
        <translation>&quot;%1&quot; 不是傳遞 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a broad log id</source>
        <translation>&quot;%1&quot; 不是廣泛記錄 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a recipient id</source>
        <translation>&quot;%1&quot; 不是收件者 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a click without a URL tag</source>
        <translation>沒有 URL 標籤的點按</translation>
    </message>
</context>
<context>
    <name>nightshift::Triggers</name>
    <message>
        <location filename="../app/core/triggerdescription.cpp" line="+39"/>
        <source>first</source>
        <translation>第一個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation>第二個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>第三個</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth</source>
        <translation>第四個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>最後一個</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>daily at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2</source>
        <translation>於 %1 至 %2 之間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weekly on %1 at %2</source>
        <translation>每週 %1 的 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>monthly on the %1 %2 at %3</source>
        <translation>每月%1 %2 的 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on the last day at %1</source>
        <translation>每月最後一天的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly on day %1 at %2</source>
        <translation>每月 %1 日的 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yearly on %1 at %2</source>
        <translation>每年 %1 的 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>once on %1 at %2</source>
        <translation>僅一次：%1 的 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>continuously, pausing %1</source>
        <translation>持續執行，每次間隔 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continuously</source>
        <translation>持續執行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on signal %1</source>
        <translation>收到訊號 %1 時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation>手動</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowActions</name>
    <message>
        <location filename="../ui/actions/workflowactions.cpp" line="+45"/>
        <source>Start the selected workflows (a paused one resumes)</source>
        <translation>啟動選取的工作流程（已暫停的會繼續執行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause: no new activity starts, running ones finish</source>
        <translation>暫停：不會再啟動新的活動，執行中的活動會完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop: cancel what can be cancelled, then finish</source>
        <translation>停止：取消所有可取消的項目，然後結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and start again, keeping the instance variables</source>
        <translation>停止後再啟動，並保留執行個體變數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop at once, abandoning running tasks: the way out of a stuck stop</source>
        <translation>立即停止，放棄執行中的任務：解決停止卡住的方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the waiting tasks now, without waiting for their time</source>
        <translation>立即執行等待中的任務，不等待其排定時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run once skipping the activities with side effects</source>
        <translation>執行一次，略過有副作用的活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the runs, tasks and journal of the selected workflows</source>
        <translation>刪除選取之工作流程的執行、任務和日誌</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the workflow (also Enter or a double-click)</source>
        <translation>開啟工作流程（也可按 Enter 或按兩下）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Log in to act on workflows</source>
        <translation>登入以對工作流程執行動作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one or more workflows</source>
        <translation>選取一個或多個工作流程</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A command is being sent</source>
        <translation>正在傳送指令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was not sent to %2: %3</source>
        <translation>「%1」未傳送給 %2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 queued for %2 (%3)</source>
        <translation>已為 %2 將「%1」排入佇列（%3）</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowCatalog</name>
    <message>
        <location filename="../app/core/workflowcatalog.cpp" line="+24"/>
        <source>cannot read the package list: %1</source>
        <translation>無法讀取套件清單：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the package list must start with &lt;packages&gt;</source>
        <translation>套件清單必須以 &lt;packages&gt; 開頭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &lt;%1&gt;; expected &lt;package&gt;</source>
        <translation>非預期的 &lt;%1&gt;；預期為 &lt;package&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a &lt;package&gt; needs an id (an identifier), a label and a folder</source>
        <translation>&lt;package&gt; 需要 id（識別碼）、標籤和資料夾</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the package list is not well-formed XML: %1</source>
        <translation>套件清單不是格式正確的 XML：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>workflow &quot;%1&quot; declares package &quot;%2&quot; but lies in the folder of package &quot;%3&quot;</source>
        <translation>工作流程 &quot;%1&quot; 宣告屬於套件 &quot;%2&quot;，卻位於套件 &quot;%3&quot; 的資料夾中</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowCommand</name>
    <message>
        <location filename="../app/core/workflowcommand.cpp" line="+23"/>
        <source>start</source>
        <translation>啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconditionally stop</source>
        <translation>無條件停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart</source>
        <translation>重新啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>execute the pending tasks of</source>
        <translation>立即執行待處理任務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge the history of</source>
        <translation>清除歷程記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulate</source>
        <translation>模擬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>post an event to</source>
        <translation>發送事件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot %1 the workflow: %2</source>
        <translation>無法對工作流程執行「%1」：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1; wait for the engine to apply that</source>
        <translation>目前狀態為「%1」；請等待引擎套用該要求</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is already %1</source>
        <translation>目前狀態已是「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1; stop it first</source>
        <translation>目前狀態為「%1」；請先將它停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>it is %1, not started</source>
        <translation>目前狀態為「%1」，而非「已啟動」</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>it is %1, not started or paused</source>
        <translation>目前狀態為「%1」，而非「已啟動」或「已暫停」</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>it is %1; there is nothing to stop</source>
        <translation>目前狀態為「%1」；沒有可停止的項目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is %1 and has never run; start it</source>
        <translation>目前狀態為「%1」，且從未執行過；請將它啟動</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowDocument</name>
    <message>
        <location filename="../ui/workflow/workflowdocument.cpp" line="+80"/>
        <source>Move to folder %1</source>
        <translation>移至資料夾 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler</source>
        <translation>排程器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fork</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AND-join</source>
        <translation>AND 合併</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External signal</source>
        <translation>外部訊號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JavaScript code</source>
        <translation>JavaScript 程式碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL code</source>
        <translation>SQL 程式碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-workflow</source>
        <translation>子工作流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update aggregate</source>
        <translation>更新彙總</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>工作</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connect %1 to %2</source>
        <translation>將 %1 連接至 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1</source>
        <translation>移動 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowEditor</name>
    <message>
        <location filename="../app/engine/workfloweditor.cpp" line="+102"/>
        <source>%1 is a template (its name contains {account}); templates come with their package and are instantiated per external account</source>
        <translation>%1 是範本（其名稱包含 {account}）；範本隨所屬套件提供，並會為每個外部帳戶各產生一個工作流程</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+92"/>
        <source>workflow %1 belongs to package &quot;%2&quot;; the definition says &quot;%3&quot;</source>
        <translation>工作流程 %1 屬於套件 &quot;%2&quot;；但定義中寫的是 &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>workflow %1 belongs to package %2, which is not installed; install it first</source>
        <translation>工作流程 %1 屬於套件 %2，但該套件尚未安裝；請先安裝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a technical workflow; say which folder it goes in</source>
        <translation>%1 不是技術工作流程；請指定要放入的資料夾</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+110"/>
        <source>folder %1 holds the &quot;%2&quot; view, not workflows; choose a folder of workflows</source>
        <translation>資料夾 %1 存放的是 &quot;%2&quot; 檢視，而非工作流程；請選擇工作流程資料夾</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&quot;%1&quot; is not a valid internal name: a letter or _, then letters, digits or _, at most 64 characters</source>
        <translation>&quot;%1&quot; 不是有效的內部名稱：須以字母或 _ 開頭，後接字母、數字或 _，最多 64 個字元</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 cannot be renamed: %2 run it as a sub-workflow by that name; change those activities first</source>
        <translation>無法重新命名 %1：%2 以此名稱將它作為子工作流程執行；請先修改這些活動</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the workflow no longer exists (it was deleted)</source>
        <translation>此工作流程已不存在（已被刪除）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the internal name of %1 comes with package %2, which finds the workflow by it; it cannot change</source>
        <translation>%1 的內部名稱隨套件 %2 提供，該套件藉此名稱尋找工作流程；無法變更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the internal name of %1 comes from template %2; it cannot change</source>
        <translation>%1 的內部名稱來自範本 %2；無法變更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another workflow is already named %1; internal names are unique</source>
        <translation>已有另一個工作流程名為 %1；內部名稱必須唯一</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the folder chosen for %1 no longer exists</source>
        <translation>為 %1 選擇的資料夾已不存在</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>operator %1 may not save workflow %2: its activity %3 runs SQL, which needs the right %4</source>
        <translation>操作員 %1 不可儲存工作流程 %2：其活動 %3 會執行 SQL，這需要「%4」權限</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowListModel</name>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="+203"/>
        <source>%1, failed</source>
        <translation>%1（失敗）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>生產</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal name</source>
        <translation>內部名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>套件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last start</source>
        <translation>上次啟動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>下次執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last status</source>
        <translation>上次狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>觸發條件</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowListPage</name>
    <message>
        <location filename="../ui/workflows/workflowlistpage.cpp" line="+32"/>
        <source>E&amp;xclude</source>
        <translation>排除(&amp;X)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter (Ctrl+F)</source>
        <translation>篩選（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the workflows whose label, internal name or package contain every word typed</source>
        <translation>顯示標籤、內部名稱或套件包含所有輸入字詞的工作流程</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the workflows in this state</source>
        <translation>只顯示此狀態的工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any state</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start pending</source>
        <translation>等待啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Being edited</source>
        <translation>編輯中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the workflows of this package</source>
        <translation>只顯示此套件的工作流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any package</source>
        <translation>任何套件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the workflows of this severity</source>
        <translation>只顯示此嚴重性的工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation>任何嚴重性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the workflows that do not match the state, package and severity chosen</source>
        <translation>顯示不符合所選狀態、套件和嚴重性的工作流程</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No package</source>
        <translation>無套件</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Every workflow of the instance in this state</source>
        <translation>執行個體中處於此狀態的所有工作流程</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Workflows: %n</source>
        <translation>
            <numerusform>工作流程：%n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workflows in this folder</source>
        <translation>此資料夾中沒有工作流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No workflows in this state</source>
        <translation>沒有處於此狀態的工作流程</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Workflows: %1 of %n</source>
        <translation>
            <numerusform>工作流程：%1 個（共 %n 個）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowRepository</name>
    <message>
        <location filename="../app/store/workflowrepository.cpp" line="+89"/>
        <source>there is no workflow with id %1</source>
        <translation>沒有 ID 為 %1 的工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored definition</source>
        <translation>已儲存的定義</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stored definition of workflow %1 is damaged: %2</source>
        <translation>工作流程 %1 已儲存的定義已損毀：%2</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowState</name>
    <message>
        <location filename="../app/core/workflowstate.cpp" line="+17"/>
        <source>Being edited</source>
        <translation>編輯中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start pending</source>
        <translation>等待啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>已啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause requested</source>
        <translation>已要求暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop requested</source>
        <translation>已要求停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart requested</source>
        <translation>已要求重新啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>nightshift::WorkflowWindow</name>
    <message>
        <location filename="../ui/workflow/workflowdata.cpp" line="+47"/>
        <location line="+6"/>
        <source>The workflow no longer exists (it was deleted).</source>
        <translation>此工作流程已不存在（已被刪除）。</translation>
    </message>
    <message>
        <location filename="../ui/workflow/workflowediting.cpp" line="+39"/>
        <source>no job chosen: say which job it runs</source>
        <translation>未選擇工作：請指定要執行哪個工作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job &quot;%1&quot; is not a job the engine knows; it would fail when run</source>
        <translation>工作 &quot;%1&quot; 不是引擎認得的工作；執行時會失敗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cube chosen: say which cube&apos;s aggregate it updates</source>
        <translation>未選擇多維資料集：請指定要更新哪個多維資料集的彙總</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cube &quot;%1&quot; has no aggregate job in the engine; it would fail when run</source>
        <translation>多維資料集 &quot;%1&quot; 在引擎中沒有彙總工作；執行時會失敗</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No problems found: the workflow can be saved.</source>
        <translation>未發現問題：可以儲存工作流程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No blocking problem: the workflow can be saved.</source>
        <translation>沒有阻擋性的問題：可以儲存此工作流程。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The workflow has problems (see Issues); correct them before saving.</source>
        <translation>工作流程有問題（請參閱「問題」）；請在儲存前更正。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid definition</source>
        <translation>無效的定義</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the workflow: %1</source>
        <translation>無法儲存工作流程：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as version %1</source>
        <translation>已儲存為版本 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a valid definition (see Issues); nothing was imported.</source>
        <translation>%1 不是有效的定義（請參閱「問題」）；未匯入任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 defines workflow %2, not %3; open that workflow to import it</source>
        <translation>%1 定義的是工作流程 %2，而非 %3；請開啟該工作流程以匯入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1; save to keep it</source>
        <translation>已匯入 %1；請儲存以保留</translation>
    </message>
    <message>
        <location filename="../ui/workflow/workflowwindow.cpp" line="+54"/>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Diagram</source>
        <translation>圖表(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Properties</source>
        <translation>屬性(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tasks</source>
        <translation>任務(&amp;T)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move %1</source>
        <translation>移動 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Validate</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit</source>
        <translation>符合視窗(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the definition</source>
        <translation>匯出定義</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Workflow definitions (*.xml)</source>
        <translation>工作流程定義 (*.xml)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a definition</source>
        <translation>匯入定義</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Palette</source>
        <translation>選擇區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select and move</source>
        <translation>選取並移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect (drag from one activity to another)</source>
        <translation>連接（從一個活動拖曳至另一個活動）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add: %1 (click, or drag onto the diagram)</source>
        <translation>加入：%1（按一下，或拖曳至圖表上）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the selection</source>
        <translation>刪除選取項目</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot open the workflow: %1</source>
        <translation>無法開啟工作流程：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The internal name comes with package %1, which finds the workflow by it.</source>
        <translation>內部名稱隨套件 %1 提供，該套件藉此名稱尋找工作流程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The internal name comes from template %1.</source>
        <translation>內部名稱來自範本 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the latest run: %1</source>
        <translation>無法讀取最近一次執行：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never run</source>
        <translation>從未執行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest run #%1, %2: %3</source>
        <translation>最近一次執行 #%1，%2：%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workflow has unsaved changes. Discard them?</source>
        <translation>工作流程有未儲存的變更。要捨棄嗎？</translation>
    </message>
    <message>
        <location filename="../ui/workflow/workflowwindows.cpp" line="+32"/>
        <source>Journal</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
</context>
<context>
    <name>nightshift::cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+55"/>
        <location filename="../app/cli/logincommand.cpp" line="+45"/>
        <source>log in with --login NAME (or NIGHTSHIFT_LOGIN)</source>
        <translation>請使用 --login NAME（或 NIGHTSHIFT_LOGIN）登入</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login refused with the password remembered in the keyring: %1; run &quot;nightshiftctl login --forget&quot;, then log in again</source>
        <translation>使用鑰匙圈中記住的密碼登入遭拒：%1；請執行 &quot;nightshiftctl login --forget&quot;，然後重新登入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login refused: %1</source>
        <translation>登入遭拒：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nightshiftctl: waiting for the system keyring (it may ask to be unlocked)…</source>
        <translation>nightshiftctl：正在等待系統鑰匙圈（可能會要求解鎖）…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keyring did not answer within two minutes</source>
        <translation>鑰匙圈在兩分鐘內沒有回應</translation>
    </message>
    <message>
        <location filename="../app/cli/controlcommands.cpp" line="+23"/>
        <source>give the workflow name and the event (signal) name</source>
        <translation>請提供工作流程名稱和事件（訊號）名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/logscommand.cpp" line="+71"/>
        <location filename="../app/cli/monitorcommands.cpp" line="+313"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+154"/>
        <location line="+56"/>
        <source>give exactly one workflow name</source>
        <translation>請只提供一個工作流程名稱</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--param takes key=value, not &quot;%1&quot;</source>
        <translation>--param 的格式為 key=value，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queued: %1 %2 (command %3); it shows &quot;%4&quot; until an engine node applies it.</source>
        <translation>已排入佇列：對 %2 執行「%1」（指令 %3）；在引擎節點套用之前，會顯示為 &quot;%4&quot;。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A start parameter, key=value (repeatable).</source>
        <translation>啟動參數，格式為 key=value（可重複指定）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start a workflow, or resume a paused one (--param for start parameters)</source>
        <translation>啟動工作流程，或繼續執行已暫停的工作流程（以 --param 指定啟動參數）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause a workflow: no new activity starts</source>
        <translation>暫停工作流程：不會再啟動新的活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop a workflow: cancel what can be cancelled</source>
        <translation>停止工作流程：取消所有可取消的項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop a workflow unconditionally (administrators)</source>
        <translation>無條件停止工作流程（限管理員）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and start a workflow, keeping its instance variables</source>
        <translation>停止後再啟動工作流程，並保留其執行個體變數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execute a workflow&apos;s pending tasks now</source>
        <translation>立即執行工作流程的待處理任務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge a workflow&apos;s history</source>
        <translation>清除工作流程的歷程記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a workflow without side effects</source>
        <translation>在不產生副作用的情況下執行工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post an event to a workflow&apos;s signal activity</source>
        <translation>發送事件至工作流程的訊號活動</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a valid login: start with a letter or _, then letters, digits or _</source>
        <translation>&quot;%1&quot; 不是有效的登入名稱：必須以字母或 _ 開頭，後接字母、數字或 _</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instance %1 already exists; left as it is.</source>
        <translation>執行個體 %1 已存在；維持原狀。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already initialized; it has %2 operator(s)</source>
        <translation>%1 已初始化；其中已有 %2 個操作員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for administrator %1: </source>
        <translation>管理員 %1 的密碼：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created instance %1 with administrator &quot;%2&quot;.</source>
        <translation>已建立執行個體 %1，管理員為 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print the instance the other commands would use</source>
        <translation>顯示其他指令會使用的執行個體</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create an instance (SQLite file or PostgreSQL database) with its administrator</source>
        <translation>建立執行個體（SQLite 檔案或 PostgreSQL 資料庫）及其管理員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login of the administrator to create (default: admin).</source>
        <translation>要建立的管理員登入名稱（預設：admin）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/main.cpp" line="+96"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+208"/>
        <location filename="../app/cli/packagecommands.cpp" line="+151"/>
        <source>login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeed without changes when the instance already exists.</source>
        <translation>若執行個體已存在，則不做任何變更並視為成功。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-71"/>
        <source>Usage: nightshiftctl [--instance PATH|URL] [--login NAME] COMMAND [options]</source>
        <translation>用法：nightshiftctl [--instance PATH|URL] [--login NAME] COMMAND [選項]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instance is a SQLite file path or a postgresql://user@host:port/database URL; without --instance,
NIGHTSHIFT_INSTANCE or the default instance (%1) is used.
Commands other than init and instance path log in: --login or NIGHTSHIFT_LOGIN names the operator;
the password comes from NIGHTSHIFT_PASSWORD, else from the keyring (&quot;nightshiftctl login --remember&quot;),
else it is asked on the terminal.
Run &quot;nightshiftctl COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>執行個體是 SQLite 檔案路徑或 postgresql://user@host:port/database URL；未指定 --instance 時，
會使用 NIGHTSHIFT_INSTANCE 或預設執行個體（%1）。
除了 init 和 instance path 以外，其他指令都會登入：--login 或 NIGHTSHIFT_LOGIN 指定操作員；
密碼取自 NIGHTSHIFT_PASSWORD，若無則取自鑰匙圈（&quot;nightshiftctl login --remember&quot;），
若仍無則在終端機上詢問。
執行 &quot;nightshiftctl COMMAND --help&quot; 可查看指令的選項。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>nightshiftctl: unknown command &quot;%1&quot;</source>
        <translation>nightshiftctl：不明的指令 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instance: a SQLite file path or a postgresql:// URL.</source>
        <translation>執行個體：SQLite 檔案路徑或 postgresql:// URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation>執行個體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator to log in as (default: NIGHTSHIFT_LOGIN).</source>
        <translation>用來登入的操作員（預設：NIGHTSHIFT_LOGIN）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &quot;nightshiftctl %1 --help&quot; for the options.</source>
        <translation>執行 &quot;nightshiftctl %1 --help&quot; 可查看選項。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nightshiftctl: %1 takes no arguments; unexpected &quot;%2&quot;</source>
        <translation>nightshiftctl：%1 不接受引數；非預期的 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorcommands.cpp" line="-169"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups: %1</source>
        <translation>群組：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rights: %1</source>
        <translation>權限：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last login: %1</source>
        <translation>上次登入：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <source>give exactly one login</source>
        <translation>請只提供一個登入名稱</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Password for the new operator %1: </source>
        <translation>新操作員 %1 的密碼：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added operator %1.</source>
        <translation>已新增操作員 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at most one login</source>
        <translation>最多只能提供一個登入名稱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed the password of %1.</source>
        <translation>已變更 %1 的密碼。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give a login and a right (or @group)</source>
        <translation>請提供登入名稱和權限（或 @group）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; 不是以 YYYY-MM-DD 格式表示的日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--limit takes a positive number</source>
        <translation>--limit 必須是正數</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List operators, their groups and rights (administrators)</source>
        <translation>列出操作員及其群組和權限（限管理員）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an operator (administrators)</source>
        <translation>新增操作員（限管理員）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name.</source>
        <translation>全名。</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="+111"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+222"/>
        <location line="+1"/>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorcommands.cpp" line="+2"/>
        <source>Group to join (repeatable): admin, workflowExecution, workflowSupervisors.</source>
        <translation>要加入的群組（可重複指定）：admin、workflowExecution、workflowSupervisors。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>群組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new operator&apos;s</source>
        <translation>新操作員的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your password, or reset another operator&apos;s (administrators)</source>
        <translation>變更您的密碼，或重設其他操作員的密碼（限管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant a right, or membership of @group (administrators)</source>
        <translation>授予權限或 @group 的成員資格（限管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted: %1.</source>
        <translation>已授予：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke a right, or membership of @group (administrators)</source>
        <translation>撤銷權限或 @group 的成員資格（限管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1.</source>
        <translation>已撤銷：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable an operator (administrators)</source>
        <translation>停用操作員（限管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled operator %1.</source>
        <translation>已停用操作員 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable an operator (administrators)</source>
        <translation>啟用操作員（限管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled operator %1.</source>
        <translation>已啟用操作員 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete an operator (administrators)</source>
        <translation>刪除操作員（限管理員）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted operator %1.</source>
        <translation>已刪除操作員 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the audit trail, newest first (administrators)</source>
        <translation>讀取稽核軌跡，由新到舊排列（限管理員）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this operator&apos;s actions.</source>
        <translation>只顯示此操作員的動作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this action (e.g. workflow.start), or a prefix ending in &quot;.&quot;.</source>
        <translation>只顯示此動作（例如 workflow.start），或以 &quot;.&quot; 結尾的前置詞。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only objects whose name contains this text.</source>
        <translation>只顯示名稱包含此文字的物件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this day on (YYYY-MM-DD).</source>
        <translation>從這一天開始（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+56"/>
        <source>%1 of %2 rows, %3</source>
        <translation>%1 / %2 列，%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1%  %2 of %3 rows, %4</source>
        <translation>%1%  %2 / %3 列，%4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give the size with --scale small|medium|large|ROWS</source>
        <translation>請以 --scale small|medium|large|ROWS 指定大小</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the seed must be a whole number from 0, not &quot;%1&quot;</source>
        <translation>種子必須是從 0 起的整數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the anchor must be a date such as 2026-05-01, not &quot;%1&quot;</source>
        <translation>錨定日期必須是例如 2026-05-01 的日期，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>generate demo data</source>
        <translation>產生示範資料</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This instance already holds this demo (seed %1, scale %2); nothing to do.</source>
        <translation>此執行個體已含有此示範資料（種子 %1，規模 %2）；無需處理。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data anchored at %1 (seed %2); redirection-server files in %3</source>
        <translation>示範資料錨定於 %1（種子 %2）；重新導向伺服器檔案位於 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 rows in the instance; %2 rows written in %3 s (%4 rows/s)</source>
        <translation>執行個體中有 %1 列；已寫入 %2 列，耗時 %3 秒（每秒 %4 列）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fill the instance with deterministic demo data (resumable; needs ADMINISTRATION)</source>
        <translation>以確定性的示範資料填入執行個體（可繼續執行；需要 ADMINISTRATION）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>small (50,000 broad logs), medium (1 M), large (10 M) or a number of broad logs; every other table is sized from it.</source>
        <translation>small（50,000 筆廣泛記錄）、medium（1 M）、large（10 M）或廣泛記錄數；其他所有資料表的大小都依此決定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scale</source>
        <translation>規模</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the data (default 1): the same seed and scale give the same rows.</source>
        <translation>資料的種子（預設 1）：相同的種子與規模會產生相同的列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day the data treats as today (default: today, UTC).</source>
        <translation>資料視為今天的日期（預設：今天，UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the redirection-server log files (default: the tracking.logFolder option, else next to a SQLite instance).</source>
        <translation>重新導向伺服器記錄檔的資料夾（預設：tracking.logFolder 選項，否則位於 SQLite 執行個體旁）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <source>Up to this day, included (YYYY-MM-DD).</source>
        <translation>直到這一天為止，包含當天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many entries (default 1000).</source>
        <translation>最多顯示的項目數（預設 1000）。</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-14"/>
        <location line="+15"/>
        <location filename="../app/cli/operatorcommands.cpp" line="+0"/>
        <source>count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommands.cpp" line="-109"/>
        <source>installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name at least one package to install; &quot;nightshiftctl packages list&quot; shows them</source>
        <translation>請至少指定一個要安裝的套件；&quot;nightshiftctl packages list&quot; 會列出所有套件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no package &quot;%1&quot;; &quot;nightshiftctl packages list&quot; shows them</source>
        <translation>沒有套件 &quot;%1&quot;；&quot;nightshiftctl packages list&quot; 會列出所有套件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>installing %1 failed, nothing of it was installed: %2</source>
        <translation>安裝 %1 失敗，未安裝其中任何項目：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package %1 is already installed.</source>
        <translation>套件 %1 已安裝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed package %1: %2 workflow(s) created.</source>
        <translation>已安裝套件 %1：已建立 %2 個工作流程。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give exactly one account name</source>
        <translation>請只提供一個帳戶名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the account type with --type, e.g. --type messageCenter</source>
        <translation>請以 --type 提供帳戶類型，例如 --type messageCenter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--settings is not valid JSON: %1 at character %2</source>
        <translation>--settings 不是有效的 JSON：%1，位於第 %2 個字元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--settings must be a JSON object, e.g. {&quot;from&quot;: &quot;noreply@example.com&quot;}</source>
        <translation>--settings 必須是 JSON 物件，例如 {&quot;from&quot;: &quot;noreply@example.com&quot;}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added external account %1.</source>
        <translation>已新增外部帳戶 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created workflow %1.</source>
        <translation>已建立工作流程 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the packages and whether each is installed</source>
        <translation>列出套件及各套件是否已安裝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install packages: their folder and technical workflows</source>
        <translation>安裝套件：包括其資料夾和技術工作流程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an external account (creates e.g. mcSynch_&lt;name&gt; for Message Center accounts)</source>
        <translation>新增外部帳戶（例如會為訊息中心帳戶建立 mcSynch_&lt;name&gt;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account type: messageCenter, smtp, deliverability, …</source>
        <translation>帳戶類型：messageCenter、smtp、deliverability…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label shown in the console.</source>
        <translation>在主控台中顯示的標籤。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server URL.</source>
        <translation>伺服器 URL。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s login on the server (the password comes from the environment variable NIGHTSHIFT_ACCOUNT_PASSWORD_&lt;NAME&gt;).</source>
        <translation>帳戶在伺服器上的登入名稱（密碼取自環境變數 NIGHTSHIFT_ACCOUNT_PASSWORD_&lt;NAME&gt;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type-specific settings as a JSON object, e.g. for smtp {&quot;from&quot;: &quot;noreply@example.com&quot;, &quot;security&quot;: &quot;starttls&quot;}.</source>
        <translation>以 JSON 物件表示的類型專屬設定，例如 smtp 為 {&quot;from&quot;: &quot;noreply@example.com&quot;, &quot;security&quot;: &quot;starttls&quot;}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location filename="../app/cli/passwordprompt.cpp" line="+49"/>
        <source>no password: set NIGHTSHIFT_PASSWORD, or run on a terminal to be asked</source>
        <translation>沒有密碼：請設定 NIGHTSHIFT_PASSWORD，或在終端機上執行以輸入密碼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the %1 password from the first line of standard input.</source>
        <translation>從標準輸入的第一行讀取%1密碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the %1 password from the first line of a file.</source>
        <translation>從檔案的第一行讀取%1密碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+85"/>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the password file %1: %2</source>
        <translation>無法讀取密碼檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat the password: </source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>兩次輸入的密碼不同；未進行任何變更</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-305"/>
        <location line="+16"/>
        <location filename="../app/cli/workflowcommands.cpp" line="-223"/>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+0"/>
        <source>LABEL</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PACKAGE</source>
        <translation>套件</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-16"/>
        <location line="+16"/>
        <location line="+143"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+0"/>
        <source>STATE</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>SEVERITY</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FOLDER</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="+100"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+0"/>
        <source>TRIGGER</source>
        <translation>觸發條件</translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+39"/>
        <source>No workflows: install a package with &quot;nightshiftctl packages install&quot;.</source>
        <translation>沒有工作流程：請使用 &quot;nightshiftctl packages install&quot; 安裝套件。</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorsupport.cpp" line="+152"/>
        <location filename="../app/cli/schedulecommands.cpp" line="-118"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+35"/>
        <source>there is no workflow named &quot;%1&quot;; &quot;nightshiftctl workflows list&quot; shows them</source>
        <translation>沒有名為 &quot;%1&quot; 的工作流程；&quot;nightshiftctl workflows list&quot; 會列出所有工作流程</translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+28"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name</source>
        <translation>內部名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>套件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: not a technical workflow)</source>
        <translation>（無：不是技術工作流程）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorsupport.cpp" line="-47"/>
        <source>--%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>--%1 必須是正數，而非 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="-331"/>
        <source>unknown workflow state &quot;%1&quot;; the states are %2</source>
        <translation>不明的工作流程狀態 &quot;%1&quot;；可用的狀態為 %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No workflows.</source>
        <translation>沒有工作流程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST START</source>
        <translation>上次啟動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST STATUS</source>
        <translation>上次狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT RUN</source>
        <translation>下次執行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUNNING TASKS</source>
        <translation>執行中任務</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine nodes:</source>
        <translation>引擎節點：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none: no nightshiftd has registered</source>
        <translation>  無：沒有任何 nightshiftd 註冊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFFINITIES</source>
        <translation>親和性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEARTBEAT</source>
        <translation>活動訊號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not responding</source>
        <translation>沒有回應</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--state and --failed filter the list of workflows; give no workflow name</source>
        <translation>--state 和 --failed 用於篩選工作流程清單；請勿指定工作流程名稱</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Workflow</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation>下次執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Last run</source>
        <translation>上次執行</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 (%2), %3, started %4, ended %5, took %6, %7 rows</source>
        <translation>%1（%2），%3，開始於 %4，結束於 %5，耗時 %6，%7 列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last run error</source>
        <translation>上次執行錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks:</source>
        <translation>任務：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACTIVITY</source>
        <translation>活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SINCE</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WAKE AT</source>
        <translation>喚醒時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NODE</source>
        <translation>節點</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROGRESS</source>
        <translation>進度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending commands:</source>
        <translation>待處理指令：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMAND</source>
        <translation>指令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUESTED BY</source>
        <translation>要求者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUESTED AT</source>
        <translation>要求時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLAIMED BY</source>
        <translation>認領者</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give at most one workflow name</source>
        <translation>最多只能提供一個工作流程名稱</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown run status &quot;%1&quot;; the statuses are %2</source>
        <translation>不明的執行狀態 &quot;%1&quot;；可用的狀態為 %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No %1 runs of %2.</source>
        <translation>%2 沒有狀態為 %1 的執行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs of %1 yet.</source>
        <translation>%1 尚未有任何執行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RUN</source>
        <translation>執行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPERATOR</source>
        <translation>操作員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>START</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>END</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DURATION</source>
        <translation>耗時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation>列數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERROR</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="-9"/>
        <source>run %1</source>
        <translation>執行 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown journal level &quot;%1&quot;; the levels are %2</source>
        <translation>不明的日誌層級 &quot;%1&quot;；可用的層級為 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>workflow %1 has no run %2; &quot;nightshiftctl runs %1&quot; lists its runs</source>
        <translation>工作流程 %1 沒有執行 %2；&quot;nightshiftctl runs %1&quot; 會列出其所有執行</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>workflow %1 was deleted</source>
        <translation>工作流程 %1 已刪除</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommands.cpp" line="+16"/>
        <source>Show the workflows and engine nodes, or one workflow&apos;s tasks and pending commands</source>
        <translation>顯示工作流程和引擎節點，或單一工作流程的任務和待處理指令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only workflows in this state (e.g. started, paused).</source>
        <translation>只顯示處於此狀態的工作流程（例如 started、paused）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>state</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only failed workflows.</source>
        <translation>只顯示失敗的工作流程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Print JSON.</source>
        <translation>以 JSON 格式輸出。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>List a workflow&apos;s runs, newest first</source>
        <translation>列出工作流程的執行，由新到舊排列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many runs (default 20).</source>
        <translation>最多顯示的執行數（預設 20）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only runs with this status: running, succeeded, failed, stopped, interrupted.</source>
        <translation>只顯示此狀態的執行：running、succeeded、failed、stopped、interrupted。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a workflow&apos;s journal, oldest first (--follow for new lines as they come)</source>
        <translation>顯示工作流程的日誌，由舊到新排列（使用 --follow 可持續顯示新產生的行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only lines of this run.</source>
        <translation>只顯示此執行的行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines of this level or above: debug, info, warning, error.</source>
        <translation>只顯示此層級或更高層級的行：debug、info、warning、error。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines of this activity.</source>
        <translation>只顯示此活動的行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last this many lines (default 100).</source>
        <translation>顯示最後幾行（預設 100）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then print new lines as they come, until interrupted (exit code 0) or the workflow is deleted (exit code 1).</source>
        <translation>接著持續顯示新產生的行，直到遭中斷（結束代碼 0）或工作流程遭刪除（結束代碼 1）為止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object per line.</source>
        <translation>每行輸出一個 JSON 物件。</translation>
    </message>
    <message>
        <location filename="../app/cli/workflowcommands.cpp" line="+1"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept forever</source>
        <translation>永久保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors</source>
        <translation>監督者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>觸發條件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, saved %2 by %3</source>
        <translation>%1，由 %3 於 %2 儲存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities:</source>
        <translation>活動：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job %1</source>
        <translation>工作 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write to standard output</source>
        <translation>無法寫入標準輸出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give exactly one definition file</source>
        <translation>請只提供一個定義檔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a template (its name contains {account}); templates come with their package and are instantiated by &quot;nightshiftctl accounts add&quot;</source>
        <translation>%1 是範本（其名稱包含 {account}）；範本隨所屬套件提供，並由 &quot;nightshiftctl accounts add&quot; 產生工作流程</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workflow %1 is unchanged.</source>
        <translation>工作流程 %1 沒有變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated workflow %1 to version %2.</source>
        <translation>已將工作流程 %1 更新為版本 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported workflow %1 into %2.</source>
        <translation>已將工作流程 %1 匯入 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List workflows as a tree by folder, or as a table</source>
        <translation>依資料夾以樹狀結構列出工作流程，或以表格列出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a table instead of a tree.</source>
        <translation>以表格而非樹狀結構顯示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one workflow&apos;s properties and activities</source>
        <translation>顯示單一工作流程的屬性和活動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a workflow&apos;s definition (to standard output, or a file)</source>
        <translation>寫出工作流程的定義（至標準輸出或檔案）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to this file instead of standard output.</source>
        <translation>寫入此檔案，而非標準輸出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create or update a workflow from a definition file</source>
        <translation>從定義檔建立或更新工作流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder path for a new non-technical workflow.</source>
        <translation>新的非技術工作流程所在的資料夾路徑。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="-13"/>
        <source>no keyring is available on this system (%1); set NIGHTSHIFT_PASSWORD or type the password each time</source>
        <translation>此系統上沒有可用的鑰匙圈（%1）；請設定 NIGHTSHIFT_PASSWORD，或每次輸入密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring refused: %1</source>
        <translation>鑰匙圈拒絕了要求：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No keyring is available on this system: nothing was remembered.</source>
        <translation>此系統上沒有可用的鑰匙圈：未記住任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot forget the password: %1</source>
        <translation>無法移除密碼：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the password of %1 on %2.</source>
        <translation>已移除 %1 在 %2 上的密碼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--remember and --forget exclude each other</source>
        <translation>--remember 和 --forget 不能同時使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logged in to %1 as %2.</source>
        <translation>已以 %2 身分登入 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot remember the password: %1</source>
        <translation>無法記住密碼：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot remember the database password: %1</source>
        <translation>無法記住資料庫密碼：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is remembered in the keyring: commands no longer ask for it.</source>
        <translation>密碼已記在鑰匙圈中：指令不會再詢問密碼。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in; --remember keeps the password in the keyring, --forget removes it</source>
        <translation>登入；--remember 會將密碼保存在鑰匙圈中，--forget 則將其移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store the password (and a PostgreSQL password) in the system keyring.</source>
        <translation>將密碼（以及 PostgreSQL 密碼）儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove what --remember stored for this instance and login.</source>
        <translation>移除 --remember 為此執行個體與登入名稱所儲存的內容。</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="-75"/>
        <source>--spec takes one schedule element such as &lt;daily at=&quot;04:00&quot;/&gt;: %1</source>
        <translation>--spec 需要一個排程元素，例如 &lt;daily at=&quot;04:00&quot;/&gt;：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no element</source>
        <translation>沒有任何元素</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;%1&gt; has a child element &lt;%2&gt;; a schedule has none</source>
        <translation>&lt;%1&gt; 有子元素 &lt;%2&gt;；排程不可有子元素</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>workflow &quot;%1&quot; has no scheduler activity</source>
        <translation>工作流程 &quot;%1&quot; 沒有 scheduler 活動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workflow &quot;%1&quot; has no scheduler activity named &quot;%2&quot;; its schedulers: %3</source>
        <translation>工作流程 &quot;%1&quot; 沒有名為 &quot;%2&quot; 的 scheduler 活動；其排程器：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give exactly one of --spec &apos;&lt;daily at=&quot;04:00&quot;/&gt;&apos;, --cron EXPRESSION or --workflow NAME</source>
        <translation>請只提供 --spec &apos;&lt;daily at=&quot;04:00&quot;/&gt;&apos;、--cron EXPRESSION 或 --workflow NAME 其中之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--activity goes with --workflow</source>
        <translation>--activity 必須與 --workflow 一起使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--count takes a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--count 必須是 1 到 %1 之間的數字，而非 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from takes a date and time written YYYY-MM-DDTHH:MM, optionally with seconds and an offset (Z, +02:00), not &quot;%1&quot;</source>
        <translation>--from 必須是以 YYYY-MM-DDTHH:MM 格式表示的日期和時間（可加上秒數與時差，例如 Z、+02:00），而非 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timezone &quot;%1&quot; is not a known time zone; use a name such as Europe/Paris</source>
        <translation>--timezone &quot;%1&quot; 不是已知的時區；請使用時區名稱，例如 Europe/Paris</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no fire time after %1)</source>
        <translation>（%1 之後沒有觸發時間）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the next fire times of a schedule, or of a workflow&apos;s schedulers</source>
        <translation>顯示排程或工作流程排程器接下來的觸發時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One schedule element, as in a definition: &apos;&lt;daily at=&quot;04:00&quot;/&gt;&apos;.</source>
        <translation>一個排程元素，寫法與定義中相同：&apos;&lt;daily at=&quot;04:00&quot;/&gt;&apos;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xml</source>
        <translation>xml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cron expression: minute hour day month weekday.</source>
        <translation>cron 運算式：minute hour day month weekday（分 時 日 月 星期）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expr</source>
        <translation>運算式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the schedulers of this workflow.</source>
        <translation>預覽此工作流程的排程器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --workflow: only this scheduler activity.</source>
        <translation>搭配 --workflow 使用：只預覽此 scheduler 活動。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many fire times to print (default 10).</source>
        <translation>要顯示的觸發時間數（預設 10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="-6"/>
        <location filename="../app/cli/schedulecommands.cpp" line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="+2"/>
        <source>Start after this ISO 8601 date and time (default now); without an offset, in the schedule&apos;s zone.</source>
        <translation>從此 ISO 8601 日期和時間之後開始（預設為現在）；未指定時差時，以排程的時區解讀。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>datetime</source>
        <translation>日期時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone that &quot;server&quot; and &quot;operator&quot; stand for (default the system&apos;s).</source>
        <translation>&quot;server&quot; 和 &quot;operator&quot; 所代表的時區（預設為系統時區）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>時區</translation>
    </message>
</context>
<context>
    <name>nightshift::daemon</name>
    <message>
        <location filename="../app/daemon/main.cpp" line="+37"/>
        <source>Nightshift engine node: serves one instance headless, until SIGTERM.</source>
        <translation>Nightshift 引擎節點：以無介面模式服務一個執行個體，直到收到 SIGTERM 為止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance: a SQLite file path or a postgresql:// URL.</source>
        <translation>執行個體：SQLite 檔案路徑或 postgresql:// URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation>執行個體</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affinities this node serves, e.g. &quot;A,B,&quot; (a trailing comma: also workflows without affinity). Default: &quot;,&quot; (only those without).</source>
        <translation>此節點服務的親和性，例如 &quot;A,B,&quot;（結尾加逗號表示也服務沒有親和性的工作流程）。預設值：&quot;,&quot;（只服務沒有親和性的工作流程）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node name, stable across restarts so the node takes its interrupted tasks back at once (default: the host name).</source>
        <translation>節點名稱，重新啟動後應保持不變，節點才能立即取回其中斷的任務（預設：主機名稱）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threads running activities (default: 4).</source>
        <translation>執行活動的執行緒數（預設：4）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds after which another node takes over the tasks of a node that stopped sending heartbeats (default: 30; heartbeats come six times per lease).</source>
        <translation>節點停止傳送活動訊號後，經過多少秒由其他節點接手其任務（預設：30；每個租約期間會傳送六次活動訊號）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--workers must be a number from 1 to 256, not &quot;%1&quot;</source>
        <translation>--workers 必須是 1 到 256 之間的數字，而非 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lease must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--lease 必須是 1 到 3600 之間的秒數，而非 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>node %1 serves %2 (affinities &quot;%3&quot;, %4 workers)</source>
        <translation>節點 %1 正在服務 %2（親和性 &quot;%3&quot;，%4 個工作執行緒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signal %1 received; stopping (running tasks are parked or finish)</source>
        <translation>已收到訊號 %1；正在停止（執行中的任務會暫置或執行完畢）</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeDefinitions</name>
    <message>
        <location filename="../app/reports/cubedefinition.cpp" line="+37"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour of day</source>
        <translation>時段（一天中的小時）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of week</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cube &quot;%1&quot;, %2</source>
        <translation>多維資料集 &quot;%1&quot;，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a non-empty text</source>
        <translation>必須是非空白的文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not contain &quot;;&quot;</source>
        <translation>不可包含 &quot;;&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a name (a letter, then letters, digits or _; at most 40)</source>
        <translation>&quot;%1&quot; 不是名稱（須以字母開頭，後接字母、數字或 _；最多 40 個字元）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; 不是 %2 其中之一</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must be a number of members from 1 to 1000</source>
        <translation>必須是 1 到 1000 之間的成員數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs at least two ranges</source>
        <translation>至少需要兩個範圍</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every range but the last needs an upper bound, the last none</source>
        <translation>除了最後一個範圍之外，每個範圍都需要上限，最後一個則不需要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounds must increase</source>
        <translation>界限必須遞增</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not one of values, ranges, top</source>
        <translation>&quot;%1&quot; 不是 values、ranges、top 其中之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ranges take their labels from the ranges</source>
        <translation>ranges 的標籤取自各範圍</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not one of date, values</source>
        <translation>&quot;%1&quot; 不是 date、values 其中之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least one level</source>
        <translation>至少需要一個層級</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not one of year, quarter, month, day, hour, weekday</source>
        <translation>&quot;%1&quot; 不是 year、quarter、month、day、hour、weekday 其中之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is already a level of this dimension</source>
        <translation>&quot;%1&quot; 已是此維度的層級</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not one of count, sum, avg, min, max, stddev, quantile</source>
        <translation>&quot;%1&quot; 不是 count、sum、avg、min、max、stddev、quantile 其中之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a fraction above 0 and at most 1, e.g. 0.95</source>
        <translation>必須是大於 0 且不超過 1 的分數，例如 0.95</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not one of rate, proportion, variation</source>
        <translation>&quot;%1&quot; 不是 rate、proportion、variation 其中之一</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs at least one dimension</source>
        <translation>至少需要一個維度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not one of day, month</source>
        <translation>「%1」不是 day 或 month 之一</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is already a rollup of this cube</source>
        <translation>「%1」已是此立方體的彙總表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cube&apos;s and the rollup&apos;s names together must not exceed %1 characters</source>
        <translation>立方體與彙總表的名稱合計不得超過 %1 個字元</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; 被使用了兩次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every quantile of a cube must rank the same expression (&quot;%1&quot;)</source>
        <translation>多維資料集的每個分位數都必須對同一個運算式排序（&quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is already a measure</source>
        <translation>&quot;%1&quot; 已是量值</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a measure of this cube</source>
        <translation>&quot;%1&quot; 不是此多維資料集的量值</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a dimension of this cube</source>
        <translation>&quot;%1&quot; 不是此多維資料集的維度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first measure must be an unfiltered count (it ranks top members)</source>
        <translation>第一個量值必須是未經篩選的計數（用來排序前幾名成員）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not a JSON object: %1 (at byte %2)</source>
        <translation>不是 JSON 物件：%1（位於第 %2 個位元組）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs at least one entry</source>
        <translation>至少需要一個項目</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot read the cube definition %1</source>
        <translation>無法讀取多維資料集定義 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cube definitions are built in (:/cubes is empty)</source>
        <translation>沒有內建的多維資料集定義（:/cubes 是空的）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no cube named &quot;%1&quot;</source>
        <translation>沒有名為 &quot;%1&quot; 的多維資料集</translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeJob</name>
    <message>
        <location filename="../app/reports/cubejob.cpp" line="+25"/>
        <source>mode must be full or incremental, not &quot;%1&quot;</source>
        <translation>mode 必須是 full 或 incremental，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter batch must be a positive number of fact ids, not &quot;%1&quot;</source>
        <translation>參數 batch 必須是正數的事實 ID 數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter merge must be a percentage of the aggregate&apos;s rows from 1 to 1000, not &quot;%1&quot;</source>
        <translation>參數 merge 必須是彙總列數的百分比，介於 1 到 1000，而不是「%1」</translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeMembers</name>
    <message>
        <location filename="../app/reports/cubemembers.cpp" line="+67"/>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a member of level %2</source>
        <translation>&quot;%1&quot; 不是層級 %2 的成員</translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeReader</name>
    <message>
        <location filename="../app/reports/cubemeasures.cpp" line="+63"/>
        <source>cube %1 has no measure &quot;%2&quot;</source>
        <translation>多維資料集 %1 沒有量值 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/reports/cubequery.cpp" line="+46"/>
        <source>cube %1 has no level &quot;%2&quot; in a dimension &quot;%3&quot;</source>
        <translation>多維資料集 %1 在維度 &quot;%3&quot; 中沒有層級 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the workflow runs cube</source>
        <translation>存取工作流程執行多維資料集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the facts behind a cell of cube %1 needs the %2 right</source>
        <translation>讀取多維資料集 %1 儲存格背後的事實需要「%2」權限</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+61"/>
        <source>the query of cube %1 was cancelled</source>
        <translation>多維資料集 %1 的查詢已取消</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>cube %1 has not been aggregated yet: run its aggregate workflow first</source>
        <translation>多維資料集 %1 尚未彙總：請先執行其彙總工作流程</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>the number of facts to read must be positive, not %1</source>
        <translation>要讀取的事實數必須是正數，而不是 %1</translation>
    </message>
</context>
<context>
    <name>nightshift::reports::CubeRefresher</name>
    <message>
        <location filename="../app/reports/cuberefresh.cpp" line="+83"/>
        <source>fact %1 of cube %2 is not settled yet: it and later facts wait for a later refresh</source>
        <translation>多維資料集 %2 的事實 %1 尚未確定：它及之後的事實將等待之後的重新整理</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>simulation: %n fact(s) of cube %1 would be counted</source>
        <translation>
            <numerusform>模擬：將計入多維資料集 %1 的 %n 筆事實</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cube %1 has no aggregate built from its current definition: full refresh instead</source>
        <translation>多維資料集 %1 沒有依其目前定義建立的彙總：改為完整重新整理</translation>
    </message>
    <message>
        <location filename="../app/reports/cubeincremental.cpp" line="+64"/>
        <source>cancelled while %1 after fact %2 (what was counted is kept)</source>
        <translation>%1 時於事實 %2 之後取消（已計入的部分會保留）</translation>
    </message>
    <message>
        <location filename="../app/reports/cuberefresh.cpp" line="+57"/>
        <source>cancelled while rebuilding cube %1 (the aggregate is unchanged; the next full refresh starts again)</source>
        <translation>重建多維資料集 %1 時已取消（彙總未變更；下次完整重新整理會重新開始）</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>full refresh of cube %1: %n fact(s) counted into %2 aggregate row(s), up to fact %3; in %4 ms</source>
        <translation>
            <numerusform>完整重新整理多維資料集 %1：%n 筆事實計入 %2 個彙總列，直到事實 %3；耗時 %4 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reports/cubeincremental.cpp" line="+70"/>
        <source>cancelled while merging the recent rows of cube %1 (what was merged is kept)</source>
        <translation>合併多維資料集 %1 的近期列時已取消（已合併的部分會保留）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cube %1: %2 recent row(s) merged into the aggregate (%3 row(s) before, %4 after) in %5 ms</source>
        <translation>多維資料集 %1：%2 個近期列已合併至彙總（合併前 %3 列，合併後 %4 列），耗時 %5 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the watermark of cube %1 (fact %2) is beyond the newest settled fact (%3): facts were deleted; a full refresh recounts what is left</source>
        <translation>多維資料集 %1 的水位標記（事實 %2）超出最新已確定的事實（%3）：有事實已被刪除；完整重新整理會重新計算剩餘的事實</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>another refresh of cube %1 moved its watermark meanwhile</source>
        <translation>多維資料集 %1 的另一次重新整理已同時移動了其水位標記</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refreshing cube %1</source>
        <translation>重新整理多維資料集 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>incremental refresh of cube %1: %n new fact(s) counted after fact %2, up to fact %3; the aggregate holds %4 row(s) and %5 recent one(s); in %6 ms (grouping the facts %7 ms, appending to the recent rows %8 ms, merging into the rollups %9 ms, commits %10 ms, checkpoints %11 ms)</source>
        <translation>
            <numerusform>增量重新整理多維資料集 %1：計入事實 %2 之後的 %n 筆新事實，直到事實 %3；彙總有 %4 列及 %5 個近期列；耗時 %6 ms（分組事實 %7 ms、附加至近期列 %8 ms、合併至彙總層級 %9 ms、提交 %10 ms、檢查點 %11 ms）</numerusform>
        </translation>
    </message>
</context>
</TS>
