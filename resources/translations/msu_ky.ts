<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
  <context>
    <name>ActionPlan</name>
    <message>
      <location filename="msu_agency/action_plan.py" line="61" />
      <source>Deadline</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="63" />
      <source>Executors</source>
      <translation>Аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="62" />
      <source>Expected result and indicators</source>
      <translation>Күтүлгөн натыйжа жана көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="64" />
      <source>Funding</source>
      <translation>Каржылоо</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="60" />
      <source>Measure</source>
      <translation>Иш-чара</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="550" />
      <source>Reporting periods and deadlines:</source>
      <translation>Отчеттук мезгилдер жана мөөнөттөр:</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="570" />
      <source>Setting</source>
      <translation>Жөндөө</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="88" />
      <source>Sheet {sheet}, row {row}, column {column}</source>
      <translation>Барак {sheet}, сап {row}, мамыча {column}</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="576" />
      <source>a moved deadline (optional)</source>
      <translation>жылдырылган мөөнөт (милдеттүү эмес)</translation>
    </message>
  </context>
  <context>
    <name>Agency</name>
    <message>
      <location filename="msu_agency/report.py" line="102" />
      <source>Agency: {name}</source>
      <translation>Агенттик: {name}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="219" />
      <source>By measure</source>
      <translation>Чаралар боюнча</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="202" />
      <source>By oblast and rayon</source>
      <translation>Облустар жана райондор боюнча</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="491" />
      <source>Completed</source>
      <translation>Аткарылды</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="480" />
      <source>Consolidated report for {period}: {n} municipalities</source>
      <translation>{period} боюнча жыйынтык отчет: муниципалитеттер — {n}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="327" />
      <source>Created</source>
      <translation>Түзүлгөн</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="101" />
      <source>Date: {date}</source>
      <translation>Күнү: {date}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="449" />
      <source>Due date: {date} (from the plan). Late = received by the agency after the due date, Bishkek time (inbox receipt, or the day the stick was received); the office's own clock is not used.</source>
      <translation>Мөөнөтү: {date} (пландан). Кечиккен = агенттик мөөнөттөн кийин алган, Бишкек убакыты боюнча (кабыл алуу бөлмөсүнүн квитанциясы же флешка алынган күн); кеңсенин өз сааты эсепке алынбайт.</translation>
    </message>
    <message>
      <source>Due date: {date}. Late = package created after the due date (Bishkek time), as signed by the municipality.</source>
      <translation type="vanished">Мөөнөтү: {date}. «Кечиккен» — пакет мөөнөттөн кийин түзүлгөн (Бишкек убактысы боюнча), муниципалитет кол койгон маалымат боюнча.</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="368" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="103" />
      <source>Head of the agency: ____________________ (signature, name)</source>
      <translation>Агенттиктин жетекчиси: ____________________ (колу, аты-жөнү)</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="492" />
      <source>In progress</source>
      <translation>Аткарылууда</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="330" />
      <source>Key fingerprint</source>
      <translation>Ачкычтын изи</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="373" />
      <source>Key that signed the package</source>
      <translation>Пакетке кол койгон ачкыч</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="329" />
      <source>Late</source>
      <translation>Кечиккен</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="489" />
      <source>Measure</source>
      <translation>Чара</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="293" />
      <source>Measures completed</source>
      <translation>Аткарылган чаралар</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="292" />
      <source>Measures reported</source>
      <translation>Отчет берилген чаралар</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="207" />
      <source>Missing and late</source>
      <translation>Тапшырбагандар жана кечиккендер</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="493" />
      <source>Money, som</source>
      <translation>Каражат, сом</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="291" />
      <source>Municipalities</source>
      <translation>Муниципалитеттер</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="410" />
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="488" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="226" />
      <source>Not consolidated: {rejected} rejected, {awaiting} awaiting the confirmation of a key (see the sheet «{sheet}»).</source>
      <translation>Жыйынтыкка кирбегендер: {rejected} четке кагылды, {awaiting} ачкычтын ырасталышын күтөт («{sheet}» барагын караңыз).</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="412" />
      <source>Oblast</source>
      <translation>Облус</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="494" />
      <source>Of them not approved by the head</source>
      <translation>Алардын ичинен башчы беките элек</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="370" />
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="104" />
      <source>Prepared by: ____________________ (signature, name)</source>
      <translation>Даярдаган: ____________________ (колу, аты-жөнү)</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="413" />
      <source>Problem</source>
      <translation>Көйгөй</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="411" />
      <source>Rayon</source>
      <translation>Район</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="372" />
      <source>Reason</source>
      <translation>Себеби</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="328" />
      <source>Received by the agency</source>
      <translation>Агенттик алган</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="374" />
      <source>Registered or other key</source>
      <translation>Катталган же башка ачкыч</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="233" />
      <source>Rejected</source>
      <translation>Четке кагылгандар</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="490" />
      <source>Reported</source>
      <translation>Отчет бергендер</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="612" />
      <source>Reports of former municipalities, under their successor:</source>
      <translation>Мурдагы муниципалитеттердин отчеттору, алардын мураскерлеринин алдында:</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="326" />
      <source>Sequence</source>
      <translation>Номери</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="414" />
      <source>Since the merger</source>
      <translation>Бириктирилгенден бери</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="515" />
      <source>Total</source>
      <translation>Бардыгы</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="371" />
      <source>Verdict</source>
      <translation>Чечим</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="380" />
      <source>awaiting key confirmation</source>
      <translation>ачкычтын ырасталышын күтөт</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="651" />
      <source>former {name} ({code}), part of {successor} ({successor_code}) since {date}</source>
      <translation>мурдагы {name} ({code}), {date} тартып {successor} ({successor_code}) курамында</translation>
    </message>
    <message>
      <source>late: created {date}</source>
      <translation type="vanished">кечиккен: {date} түзүлгөн</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="594" />
      <source>late: received {date}</source>
      <translation>кечикти: алынган күнү {date}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="430" />
      <source>no package</source>
      <translation>пакет жок</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="87" />
      <source>not approved by the head: {n}</source>
      <translation>башчы беките элек: {n}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="382" />
      <source>rejected</source>
      <translation>четке кагылды</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="348" />
      <source>yes</source>
      <translation>ооба</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="245" />
      <source>{source}, som</source>
      <translation>{source}, сом</translation>
    </message>
  </context>
  <context>
    <name>AllLeasesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="269" />
      <source>&amp;Close</source>
      <translation>&amp;Жабуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="230" />
      <source>From</source>
      <translation>Башталышы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="227" />
      <source>Inv. No.</source>
      <translation>Инв. №</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="222" />
      <source>Leases</source>
      <translation>Ижара</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="229" />
      <source>Lessee</source>
      <translation>Ижарачы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="228" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="266" />
      <source>Rent income by year, som: {text}</source>
      <translation>Жылдар боюнча ижарадан киреше, сом: {text}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="232" />
      <source>Rent, som</source>
      <translation>Ижара акысы, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="233" />
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="231" />
      <source>To</source>
      <translation>Аягы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="215" />
      <source>active</source>
      <translation>күчүндө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="216" />
      <source>ends within 60 days</source>
      <translation>60 күндүн ичинде бүтөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="217" />
      <source>expired</source>
      <translation>мөөнөтү бүттү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="218" />
      <source>terminated</source>
      <translation>бузулду</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="63" />
      <source>Approve</source>
      <translation>Бекитүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="52" />
      <source>Approve the report for {period}</source>
      <translation>{period} үчүн отчетту бекитүү</translation>
    </message>
    <message>
      <source>Date of approval:</source>
      <translation>Бекитилген күнү:</translation>
    </message>
    <message>
      <source>Head of the aiyl okmotu:</source>
      <translation>Айыл өкмөтүнүн башчысы:</translation>
    </message>
    <message>
      <source>Once approved, the report is locked. It can be unlocked later only with a recorded reason.</source>
      <translation>Бекитилгенден кийин отчет кулпуланат. Аны себебин жазып гана кайра ачууга болот.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="92" />
      <source>Cancelled; nothing was attached.</source>
      <translation>Жокко чыгарылды; эч нерсе тиркелген жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="68" />
      <source>Cannot read {path} (was the USB stick removed?): {detail}</source>
      <translation>{path} окулбай жатат (флешка чыгарылып алындыбы?): {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="84" />
      <source>Reading {path} failed (was the USB stick removed?). Nothing was attached.</source>
      <translation>{path} окулган жок (флешка чыгарылып алындыбы?). Эч нерсе тиркелген жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="64" />
      <source>The file {path} was not found.</source>
      <translation>{path} файлы табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="124" />
      <source>The stored copy of {name} is missing.</source>
      <translation>{name} файлынын сакталган көчүрмөсү жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="106" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} — бул файл эмес, папка.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="97" />
      <source>{path} is larger than {mb} MB; attach a smaller file.</source>
      <translation>{path} {mb} МБдан чоң; кичирээк файл тиркеңиз.</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_agency/cli/keys.py" line="321" />
      <source>    registered for {other}: confirming moves the key to {soate}</source>
      <translation>{other} үчүн катталган: тастыктоо ачкычты {soate} кодуна өткөрөт</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="204" />
      <source>  KEY CHANGED for {soate}: {old} -&gt; {new} ({name})</source>
      <translation>{soate} АЧКЫЧЫ ӨЗГӨРДҮ: {old} -&gt; {new} ({name})</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="215" />
      <source>  KEY CONFLICT for {soate}: {fingerprints}; none was registered.</source>
      <translation>{soate} АЧКЫЧТАРЫ КАРАМА-КАРШЫ: {fingerprints}; бири да катталган жок.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="70" />
      <source>%n attached file(s)</source>
      <translation>
        <numerusform>%n тиркелген файл</numerusform>
        <numerusform>%n тиркелген файл</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="118" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n күн калды</numerusform>
        <numerusform>%n күн калды</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/collect.py" line="241" />
      <source>%n demo package(s) written to {path}</source>
      <translation>
        <numerusform>{path} ичине %n демонстрациялык пакет жазылды</numerusform>
        <numerusform>{path} ичине %n демонстрациялык пакет жазылды</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/directory.py" line="47" />
      <source>%n municipality(ies) in the directory.</source>
      <translation>
        <numerusform>Маалымдамада %n муниципалитет бар.</numerusform>
        <numerusform>Маалымдамада %n муниципалитет бар.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/collect.py" line="224" />
      <source>%n package(s) await the confirmation of a key: msu-agency keys confirm SOATE FINGERPRINT, once the stamped paper has arrived.</source>
      <translation>
        <numerusform>%n пакет ачкычтын ырасталышын күтөт: мөөр басылган кагаз келгенде msu-agency keys confirm SOATE FINGERPRINT.</numerusform>
        <numerusform>%n пакет ачкычтын ырасталышын күтөт: мөөр басылган кагаз келгенде msu-agency keys confirm SOATE FINGERPRINT.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="140" />
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n ката</numerusform>
        <numerusform>%n ката</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/plan.py" line="94" />
      <source>%n problem(s); nothing was signed.</source>
      <translation>
        <numerusform>%n маселе; эч нерсеге кол коюлган жок.</numerusform>
        <numerusform>%n маселе; эч нерсеге кол коюлган жок.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/directory.py" line="101" />
      <source>%n record(s) written to {path} ({mergers} merger row(s)).</source>
      <translation>
        <numerusform>%n жазуу {path} файлына жазылды (бириктирүү саптары: {mergers}).</numerusform>
        <numerusform>%n жазуу {path} файлына жазылды (бириктирүү саптары: {mergers}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="186" />
      <source>%n value(s) carried forward into {period}.</source>
      <translation>
        <numerusform>{period} мезгилине %n маани өткөрүлдү.</numerusform>
        <numerusform>{period} мезгилине %n маани өткөрүлдү.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="137" />
      <source>(not reported)</source>
      <translation>(отчет жок)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="643" />
      <source>A register file does not carry, so this import does not bring: {what}.</source>
      <translation>Реестр файлы булардын берилиштерин камтыбайт, ошондуктан бул импорт аларды алып келбейт: {what}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="103" />
      <source>Against the installed version</source>
      <translation>Орнотулган версияга салыштырмалуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="244" />
      <source>By direction ({period}):</source>
      <translation>Багыттар боюнча ({period}):</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="632" />
      <source>Columns not imported (keep them in the notes with --keep-in-notes): {columns}</source>
      <translation>Импорттолбогон мамычалар (--keep-in-notes менен эскертүүгө сактаса болот): {columns}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="48" />
      <source>Create the agency's signing key, the inbox's receipts key (announced by a rotation the signing key signs), the first staff account and the agency's configuration, which every later command reads.</source>
      <translation>Агенттиктин кол коюу ачкычын, кабыл алуу бөлмөсүнүн квитанция ачкычын (кол коюу ачкычы кол койгон алмаштыруу документи менен жарыяланат), биринчи кызматкердин эсебин жана агенттиктин жөндөөлөрүн түзөт; кийинки бардык буйруктар аларды окуйт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="84" />
      <source>DAMAGED</source>
      <translation>БУЗУЛГАН</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="82" />
      <source>Deadline</source>
      <translation>Мөөнөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="75" />
      <source>Directory version {version} installed.</source>
      <translation>Маалымдаманын {version} версиясы орнотулду.</translation>
    </message>
    <message>
      <source>Done: {name}, reports for {count} periods, {files} attached files.</source>
      <translation type="vanished">Даяр: {name}, {count} мезгил үчүн отчеттор, тиркелген файлдар: {files}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="65" />
      <source>Done: {name}, {periods}, {files}.</source>
      <translation>Даяр: {name}, {periods}, {files}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="55" />
      <source>Dry run: nothing was changed.</source>
      <translation>Сыноо: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="71" />
      <source>Dry run: nothing was installed.</source>
      <translation>Сыноо жүргүзүү: эч нерсе орнотулган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="99" />
      <source>Dry run: {new} new, {matched} already in the register, {bad} rejected. Nothing was written.</source>
      <translation>Сыноо: жаңы — {new}, реестрде бар — {matched}, четке кагылды — {bad}. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="83" />
      <source>Executors</source>
      <translation>Аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="84" />
      <source>Expected result</source>
      <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="60" />
      <source>Filling {path} with demo data…</source>
      <translation>{path} демонстрациялык маалыматтар менен толтурулууда…</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="148" />
      <source>Fingerprint (print it on the letter to the municipalities): {fp}</source>
      <translation>Ачкычтын изи (аны муниципалитеттерге катта басып чыгарыңыз): {fp}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="85" />
      <source>Funding</source>
      <translation>Каржылоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="85" />
      <source>INVALID: {reason}</source>
      <translation>ЖАРАКСЫЗ: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="110" />
      <source>Imported: {added} added, {updated} updated, {bad} rejected.</source>
      <translation>Импорттолду: кошулду — {added}, жаңыртылды — {updated}, четке кагылды — {bad}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="240" />
      <source>Inbox receipts key fingerprint: {fp}</source>
      <translation>Кабыл алуу бөлмөсүнүн квитанция ачкычынын изи: {fp}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="55" />
      <source>Installed plan {plan} version {version}. A backup was made first: {backup}</source>
      <translation>{plan} планы орнотулду, {version}-версия. Алдын ала камдык көчүрмө жасалды: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="191" />
      <source>Interrupted.</source>
      <translation>Токтотулду.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="243" />
      <source>Keep the signing key offline: copy {key} onto two USB sticks kept in separate safes, write the passphrase on paper in a sealed envelope, then delete the key from this computer. Bring it back only to sign a plan package or a key rotation, on a computer without network. The inbox's server needs only {inbox}.</source>
      <translation>Кол коюу ачкычын тармактан тышкары сактаңыз: {key} файлын өзүнчө сейфтерде сакталган эки флешкага көчүрүңүз, сырсөз айкашын кагазга жазып, мөөр басылган конвертке салыңыз, андан кийин ачкычты бул компьютерден өчүрүңүз. Аны пландын пакетине же ачкычты алмаштырууга кол коюу үчүн гана, тармакка туташпаган компьютерге кайра алып келиңиз. Кабыл алуу бөлмөсүнүн серверине {inbox} гана керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="640" />
      <source>Kept in the notes: {columns}</source>
      <translation>Эскертүүгө сакталды: {columns}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="90" />
      <source>Leases: {leases}, council decisions: {decisions}.</source>
      <translation>Ижаралар: {leases}, кеңештин чечимдери: {decisions}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="46" />
      <source>Left aside: packages not in this office's outbox (numbers {seqs}).</source>
      <translation>Бул кеңсенин чыгуучу папкасында жок пакеттер өткөрүлүп жиберилди (номерлери {seqs}).</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/main.py" line="26" />
      <source>MSU Desktop for the agency: sign plan packages, verify and consolidate the municipalities' report packages.</source>
      <translation>Агенттик үчүн MSU Desktop: план пакеттерине кол коюу, муниципалитеттердин отчет пакеттерин текшерүү жана жыйынтыктоо.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/main.py" line="34" />
      <source>MSU Desktop: Local Self-Government Development Programme reports and the municipal property register.</source>
      <translation>MSU Desktop: Жергиликтүү өз алдынча башкарууну өнүктүрүү программасы боюнча отчеттор жана муниципалдык мүлктүн реестри.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="202" />
      <source>Next report: {period}, due {date} ({days} days left).</source>
      <translation>Кийинки отчет: {period}, мөөнөтү {date} (калган күндөр: {days}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="210" />
      <source>Next report: {period}, due {date}, overdue by {days} days.</source>
      <translation>Кийинки отчет: {period}, мөөнөтү {date}, {days} күнгө кечиктирилди.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="254" />
      <source>Next: build the office installer with {pub} (see README, "Releasing the installer for your agency"); the offices learn the inbox key from the rotation in {rotation}, which the next plan package carries (build-plan --rotation).</source>
      <translation>Кийинки кадам: кеңселер үчүн орнотуучуну {pub} менен түзүңүз (README, «Releasing the installer for your agency» бөлүмүн караңыз); кеңселер кабыл алуу бөлмөсүнүн ачкычын {rotation} ичиндеги алмаштыруу документинен билишет, аны кийинки пландын пакети алып барат (build-plan --rotation).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="73" />
      <source>No backups found.</source>
      <translation>Камдык көчүрмөлөр табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="273" />
      <source>No package of {soate} has arrived yet: its first package signed by a key with this fingerprint will be trusted.</source>
      <translation>{soate} муниципалитетинен азырынча бир да пакет келген жок: бул манжа изи бар ачкыч менен кол коюлган анын биринчи пакетине ишеним көрсөтүлөт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="148" />
      <source>No problems: the report for {period} can be marked complete.</source>
      <translation>Ката жок: {period} үчүн отчетту даяр деп белгилесе болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="89" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Эскертүү: бул жерде токтомдун кыргызча жана орусча тексттери айырмаланат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="43" />
      <source>Nothing new in this reply.</source>
      <translation>Бул жоопто жаңы эч нерсе жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="138" />
      <source>Nothing was signed.</source>
      <translation>Эч нерсеге кол коюлган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="110" />
      <source>Now working on {plan}.</source>
      <translation>Эми иш {plan} программасы боюнча жүрөт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="73" />
      <source>Open it with: msu-desktop --data-dir {path}</source>
      <translation>Аны ушул буйрук менен ачыңыз: msu-desktop --data-dir {path}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="173" />
      <source>Packages found: {n}; accepted: {ok}; rejected: {bad}; older or duplicate: {dup}.</source>
      <translation>Табылган пакеттер: {n}; кабыл алынды: {ok}; четке кагылды: {bad}; эскирген же кайталанган: {dup}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="193" />
      <source>Packages of other periods ({periods}) are not in this report; collect again with --period.</source>
      <translation>Башка мезгилдердин ({periods}) пакеттери бул отчетко кирген жок; --period менен кайра чогултуңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="187" />
      <source>Passphrase for the agency's signing key: </source>
      <translation>Агенттиктин кол коюу ачкычынын сырсөз айкашы:</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="193" />
      <source>Passphrase for the inbox's receipts key: </source>
      <translation>Кабыл алуу бөлмөсүнүн квитанция ачкычынын сырсөз айкашы:</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="129" />
      <source>Password for the agency key: </source>
      <translation>Агенттиктин ачкычынын сырсөзү:</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="126" />
      <source>Password for the staff member: </source>
      <translation>Кызматкердин сырсөзү:</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="58" />
      <source>Restored the backup of {date} ({name}). The previous data was kept in {aside}.</source>
      <translation>{date} күнкү камдык көчүрмө калыбына келтирилди ({name}). Мурунку маалыматтар {aside} ичинде сакталды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="619" />
      <source>Row {row}: {reason}</source>
      <translation>{row}-сап: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="89" />
      <source>Run again with --accept to become the successor.</source>
      <translation>Укук мураскор болуу үчүн --accept менен кайра иштетиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="610" />
      <source>Sheet «{sheet}», row {row}: {reason}</source>
      <translation>«{sheet}» барагы, {row}-сап: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="136" />
      <source>Sign this plan? [y/N] </source>
      <translation>Бул планга кол коюлсунбу? [y/N]</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="48" />
      <source>Signed by the agency key {fingerprint}.</source>
      <translation>Агенттиктин {fingerprint} ачкычы менен кол коюлган.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="238" />
      <source>Signing key fingerprint: {fp}</source>
      <translation>Кол коюу ачкычынын изи: {fp}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="237" />
      <source>The agency is set up in {path}.</source>
      <translation>Агенттик {path} ичинде жөндөлдү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="91" />
      <source>The agency key {fingerprint} is now trusted.</source>
      <translation>Агенттиктин {fingerprint} ачкычы эми ишенимдүү.</translation>
    </message>
    <message>
      <source>The database is damaged: {detail}</source>
      <translation type="vanished">Маалыматтар базасы бузулган: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="119" />
      <source>The database is sound.</source>
      <translation>Маалыматтар базасы иретинде.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="85" />
      <source>The directory names no successor of this municipality.</source>
      <translation>Маалымдамада бул муниципалитеттин укук мураскору жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="323" />
      <source>The inbox is listening on http://{host}:{port}/</source>
      <translation>Кабыл алуу кутусу http://{host}:{port}/ дарегинде иштеп жатат</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="175" />
      <source>The inbox now offers plan {plan} version {version} to the offices ({path}).</source>
      <translation>Кабыл алуу сервери эми кеңселерге {plan} планын, {version}-версиясын сунуштайт ({path}).</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="282" />
      <source>The key {fingerprint} is now the registered key of {soate}; the next collect consolidates the packages it signed.</source>
      <translation>{fingerprint} ачкычы эми {soate} муниципалитетинин катталган ачкычы; кийинки чогултуу ал кол койгон пакеттерди жыйынтыкка кошот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="109" />
      <source>The latest good backup is {path}; restore it with: msu-desktop restore {path}</source>
      <translation>Акыркы жарактуу камдык көчүрмө — {path}; аны калыбына келтириңиз: msu-desktop restore {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="220" />
      <source>The programme ended on {date}: its reports are an archive and can still be completed. Import the current programme's plan package from the agency: msu-desktop import-plan PACKAGE.</source>
      <translation>Программа {date} аяктаган: анын отчеттору архивде, аларды дагы эле толтурууга болот. Учурдагы программанын план пакетин агенттиктен импорттоңуз: msu-desktop import-plan ПАКЕТ.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/collect.py" line="183" />
      <source>The report is for {period}: %n municipality(ies) consolidated.</source>
      <translation>
        <numerusform>Отчет {period} боюнча: %n муниципалитет жыйынтыкка кошулду.</numerusform>
        <numerusform>Отчет {period} боюнча: %n муниципалитет жыйынтыкка кошулду.</numerusform>
      </translation>
    </message>
    <message>
      <source>The report is for {period}: {n} municipalities consolidated.</source>
      <translation type="vanished">Отчет {period} боюнча: {n} муниципалитет жыйынтыкка кошулду.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="130" />
      <source>The same password again: </source>
      <translation>Ошол эле сырсөздү кайра:</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="98" />
      <source>The signature only proves that the key {fingerprint} signed this package. Whether that key is the municipality's own can only be told by the agency's key registry (or by the fingerprint on the municipality's stamped paper report).</source>
      <translation>Кол тамга бул пакетке {fingerprint} ачкычы кол койгонун гана далилдейт. Бул ачкыч муниципалитеттин өзүнүкү экенин агенттиктин ачкычтар реестри гана айта алат (же муниципалитеттин мөөр басылган кагаз отчетундагы ачкычтын изи).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="118" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Бул план үчүн программанын тексти жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="66" />
      <source>The two directory versions are the same.</source>
      <translation>Маалымдаманын эки версиясы бирдей.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="92" />
      <source>There is no database in {path}.</source>
      <translation>{path} ичинде маалыматтар базасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="117" />
      <source>There is no good backup in {path}. If you have a backup on a USB stick, restore it with: msu-desktop restore FILE</source>
      <translation>{path} папкасында жарактуу камдык көчүрмө жок. Эгер камдык көчүрмө флешкада болсо, аны мындай калыбына келтириңиз: msu-desktop restore ФАЙЛ</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="93" />
      <source>This office is now {name} ({code}).</source>
      <translation>Эми бул {name} ({code}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="88" />
      <source>VALID: {soate} {period}, sequence {seq}, signed by key {fingerprint}</source>
      <translation>ЖАРАКТУУ: {soate} {period}, номери {seq}, {fingerprint} ачкычы менен кол коюлган</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="45" />
      <source>Verify every report package in a folder, check its content against the plan it names, and consolidate the good ones. The report is always written; packages that are rejected or await the confirmation of a key are listed on its sheet «Rejected» with their reasons and fingerprints. Exit status: 0 = every package was consolidated; 3 = some were rejected or await a key confirmation (msu-agency keys confirm); 2 = nothing could be done (the message says why).</source>
      <translation>Папкадагы ар бир отчет пакетин текшерет, анын мазмунун ал атаган план менен салыштырат жана жакшыларын жыйынтыктайт. Отчет ар дайым жазылат; четке кагылган же ачкычтын ырасталышын күткөн пакеттер анын «Четке кагылгандар» барагында себептери жана ачкычтардын издери менен көрсөтүлөт. Чыгуу коду: 0 = бардык пакеттер жыйынтыкка кошулду; 3 = айрымдары четке кагылды же ачкычтын ырасталышын күтөт (msu-agency keys confirm); 2 = эч нерсе жасалган жок (билдирүү себебин айтат).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="18" />
      <source>YYYY-H1 or YYYY-H2</source>
      <translation>ЖЖЖЖ-H1 же ЖЖЖЖ-H2</translation>
    </message>
    <message>
      <source>YYYY-Hn (default: the latest period found)</source>
      <translation type="vanished">ЖЖЖЖ-Hn (демейки боюнча — табылган акыркы мезгил)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="63" />
      <source>YYYY-Hn (default: the period of the plan most packages report on, never one that has not begun)</source>
      <translation>YYYY-Hn (демейки: пакеттердин көбү отчет берген пландын мезгили, эч качан али башталбаган мезгил эмес)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="26" />
      <source>a backup (.zip), a data folder, or an Excel register (.xlsx)</source>
      <translation>камдык көчүрмө (.zip), маалымат папкасы же Excel реестри (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="29" />
      <source>a blank Action Plan workbook (ky and ru)</source>
      <translation>Иш-аракеттер планынын бош китеби (кыргызча жана орусча)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="51" />
      <source>a blank template to fill in</source>
      <translation>толтуруу үчүн бош үлгү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="119" />
      <source>a comment at a measure, e.g. 1.1.3=…; repeat for several</source>
      <translation>иш-чарага түшүндүрмө, мисалы 1.1.3=…; бир нечеси үчүн кайталаңыз</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="121" />
      <source>a comment on the whole report</source>
      <translation>бүтүндөй отчетко түшүндүрмө</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="74" />
      <source>a plan JSON the packages may follow (besides the shipped plan and the plans in plans/ of the agency's data folder)</source>
      <translation>пакеттер карманышы мүмкүн болгон пландын JSON файлы (программа менен келген пландан жана агенттиктин маалымат папкасындагы plans/ ичиндеги пландардан тышкары)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="107" />
      <source>a signed key-rotation.json to carry (its .minisig beside it)</source>
      <translation>жеткирүү үчүн кол коюлган key-rotation.json (анын .minisig файлы жанында)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="37" />
      <source>accept a new key from a signed key-rotation document</source>
      <translation>кол коюлган ачкыч алмаштыруу документинен жаңы ачкычты кабыл алуу</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="109" />
      <source>accept a received package, or return it with comments</source>
      <translation>келген пакетти кабыл алуу же түшүндүрмөлөр менен кайтаруу</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="66" />
      <source>add a staff member (or set a new password): the password from MSU_STAFF_PASSWORD or standard input, never the command line</source>
      <translation>кызматкерди кошуу (же жаңы сырсөз коюу): сырсөз MSU_STAFF_PASSWORD же стандарттык киргизүүдөн, эч качан буйрук сабынан эмес</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="273" />
      <source>already in the inbox</source>
      <translation>кабыл алуу кутусунда мурдатан бар</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="114" />
      <source>approved by {name} on {date}</source>
      <translation>бекиткен: {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="31" />
      <source>as printed on the agency's letter</source>
      <translation>агенттиктин катында басылгандай</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="54" />
      <source>as printed on the stamped paper (spaces allowed)</source>
      <translation>мөөр басылган кагазда жазылгандай (боштуктар болсо болот)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="27" />
      <source>ask the agency's inbox for receipts and decisions first</source>
      <translation>адегенде агенттиктин кабыл алуу кутусунан тил каттарды жана чечимдерди суроо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="17" />
      <source>back up the database, attached files and keys</source>
      <translation>маалыматтар базасынын, тиркемелердин жана ачкычтардын камдык көчүрмөсү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="33" />
      <source>become the successor</source>
      <translation>укук мураскор болуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="18" />
      <source>bring in a predecessor's property register after a merger (its backup or data folder)</source>
      <translation>бириктирүүдөн кийин мурунку муниципалитеттин мүлк реестрин көчүрүү (анын камдык көчүрмөсүнөн же маалымат папкасынан)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="30" />
      <source>build a directory from the Statistical Committee's workbook and a merger sheet</source>
      <translation>Улуттук статистика комитетинин китебинен жана бириктирүү баракчасынан маалымдама түзүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="17" />
      <source>build the signed report package of a period</source>
      <translation>мезгил боюнча кол коюлган отчет пакетин түзүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="28" />
      <source>check a report package: format, hashes, signature</source>
      <translation>отчет пакетин текшерүү: формат, хештер, кол тамга</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="18" />
      <source>check and install a signed plan package (.msuplan)</source>
      <translation>кол коюлган план пакетин (.msuplan) текшерүү жана орнотуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="22" />
      <source>check every row, write nothing</source>
      <translation>бардык саптарды текшерүү, эч нерсе жазбоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="38" />
      <source>check the database's integrity</source>
      <translation>маалыматтар базасынын бүтүндүгүн текшерүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="33" />
      <source>check the workbook; show the plan and what changes</source>
      <translation>китепти текшерүү; планды жана эмне өзгөрөрүн көрсөтүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="34" />
      <source>check, confirm and sign the plan package</source>
      <translation>текшерүү, ырастоо жана пландын пакетине кол коюу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="33" />
      <source>columns that are not imported to keep in each object's notes: letters (H,K) or all</source>
      <translation>импорттолбогон мамычаларды ар бир объекттин эскертүүсүнө сактоо: тамгалар (H,K) же all</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="31" />
      <source>create the agency's signing key pair</source>
      <translation>агенттиктин кол тамга ачкычтарынын жубун түзүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="133" />
      <source>due</source>
      <translation>мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="32" />
      <source>e.g. 2019-H1</source>
      <translation>мисалы, 2019-H1</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="26" />
      <source>every field of every item, as JSON</source>
      <translation>ар бир элементтин бардык талаалары JSON форматында</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="33" />
      <source>every field, as JSON</source>
      <translation>бардык талаалар JSON форматында</translation>
    </message>
    <message>
      <source>export the register to Excel</source>
      <translation type="vanished">реестрди Excel'ге чыгаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="39" />
      <source>export the register to Excel or PDF</source>
      <translation>реестрди Excel же PDF түрүндө экспорттоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="19" />
      <source>fill an empty data folder with a demo municipality</source>
      <translation>бош маалыматтар папкасын демонстрациялык муниципалитет менен толтуруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="19" />
      <source>folder (e.g. a USB stick)</source>
      <translation>папка (мисалы, флешка)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="33" />
      <source>folder for agency.key and agency.pub</source>
      <translation>agency.key жана agency.pub үчүн папка</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="35" />
      <source>folder for the database and files (default: MSU_DATA_DIR or the per-user data folder)</source>
      <translation>маалыматтар базасы жана файлдар үчүн папка (демейки боюнча: MSU_DATA_DIR же колдонуучунун маалыматтар папкасы)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="95" />
      <source>folder of form settings (*.json)</source>
      <translation>форма жөндөөлөрүнүн папкасы (*.json)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="130" />
      <source>folder to write into</source>
      <translation>жазыла турган папка</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="32" />
      <source>for an Excel register: the predecessor's СОАТЕ code</source>
      <translation>Excel реестри үчүн: мурунку муниципалитеттин СОАТЕ коду</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="22" />
      <source>give a staff account a new password, printed once</source>
      <translation>эсепке жаңы сырсөз берүү (бир жолу чыгарылат)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="57" />
      <source>how long a staff login lasts, in minutes</source>
      <translation>кызматкердин кирүүсү канча убакытка созулат, мүнөт менен</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="19" />
      <source>import an Excel register</source>
      <translation>Excel реестрин импорттоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="19" />
      <source>import the agency's receipts and decisions (.msureply)</source>
      <translation>агенттиктин тил каттарын жана чечимдерин импорттоо (.msureply)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="58" />
      <source>install a signed .msudir at the agency</source>
      <translation>агенттикте кол коюлган .msudir орнотуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="24" />
      <source>install a signed directory package (.msudir) from the agency</source>
      <translation>агенттиктен кол коюлган маалымдама пакетин (.msudir) орнотуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="40" />
      <source>key-rotation.json (its .minisig beside it)</source>
      <translation>key-rotation.json (анын .minisig файлы жанында)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="41" />
      <source>language: ky or ru</source>
      <translation>тил: ky же ru</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="29" />
      <source>largest package accepted, in MB</source>
      <translation>кабыл алынган пакеттин эң чоң көлөмү, МБ</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="33" />
      <source>list the backups in the data folder and check them</source>
      <translation>маалыматтар папкасындагы камдык көчүрмөлөрдү тизмелөө жана текшерүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="20" />
      <source>list the staff accounts</source>
      <translation>кызматкерлердин эсептеринин тизмеси</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="34" />
      <source>list the trusted agency keys</source>
      <translation>агенттиктин ишенимдүү ачкычтарын тизмелөө</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="17" />
      <source>load a directory file (CSV or JSON)</source>
      <translation>маалымдама файлын жүктөө (CSV же JSON)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="43" />
      <source>log debug details</source>
      <translation>журналга майда-чүйдөсүнө чейин жазуу</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="63" />
      <source>login of the first staff member (web page)</source>
      <translation>биринчи кызматкердин логини (веб-барак)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="20" />
      <source>look a municipality up by name or code</source>
      <translation>муниципалитетти аталышы же коду боюнча табуу</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="92" />
      <source>municipality directory (.json or .csv)</source>
      <translation>муниципалитеттер маалымдамасы (.json же .csv)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="51" />
      <source>municipality directory CSV for the staff page (repeat for several)</source>
      <translation>кызматкерлер барагы үчүн муниципалитеттердин CSV маалымдамасы (бир нечеси үчүн кайталаңыз)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="65" />
      <source>offer a plan package signed elsewhere (on the offline computer) to the offices through the inbox</source>
      <translation>башка жерде (тармакка туташпаган компьютерде) кол коюлган пландын пакетин кабыл алуу сервери аркылуу кеңселерге сунуштоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="22" />
      <source>only check it and show what would change</source>
      <translation>текшерип, эмне өзгөрөрүн гана көрсөтүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="131" />
      <source>only this municipality</source>
      <translation>ушул муниципалитет гана</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/main.py" line="47" />
      <source>open the window, show every page (or only the first page: first-page), quit (checks a build, measures a start)</source>
      <translation>терезени ачуу, ар бир баракты көрсөтүү (же биринчи баракты гана: first-page), жабуу (курамды текшерет, ишке киришин өлчөйт)</translation>
    </message>
    <message>
      <source>open the window, show every page, quit (checks a build)</source>
      <translation type="vanished">терезени ачып, бардык беттерди көрсөтүп, чыгуу (жыйнакты текшерүү)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="27" />
      <source>override columns: field=COLUMN_LETTER,... e.g. name=B,area=F</source>
      <translation>мамычаларды кайра белгилөө: талаа=МАМЫЧА_ТАМГАСЫ,... мисалы name=B,area=F</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="139" />
      <source>package files or folders</source>
      <translation>пакет файлдары же папкалар</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="98" />
      <source>plan: signs plan packages; receipts: the inbox's key</source>
      <translation>plan: план пакеттерине кол коёт; receipts: кабыл алуу кутусунун ачкычы</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="39" />
      <source>print the decree and the text of the programme (Annex 1)</source>
      <translation>токтомду жана программанын текстин (1-тиркеме) чыгаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="24" />
      <source>print the installed plan</source>
      <translation>орнотулган планды чыгаруу</translation>
    </message>
    <message>
      <source>private key file (repeat to sign with several keys)</source>
      <translation type="vanished">жабык ачкыч файлы (бир нече ачкыч менен кол коюу үчүн кайталаңыз)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="73" />
      <source>private key file (repeat to sign with several keys; default: the agency's signing key, as set up)</source>
      <translation>жабык ачкыч файлы (бир нече ачкыч менен кол коюу үчүн кайталаңыз; демейки: жөндөлгөн агенттиктин кол коюу ачкычы)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="27" />
      <source>publish a programme from its Action Plan workbook</source>
      <translation>программаны анын Иш-аракеттер планынын китебинен жарыялоо</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="136" />
      <source>put packages that came on a stick into the inbox (as if uploaded)</source>
      <translation>флешка менен келген пакеттерди кабыл алуу кутусуна салуу (жүктөлгөндөй)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="273" />
      <source>received</source>
      <translation>кабыл алынды</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="41" />
      <source>refused unverifiable uploads allowed per address per minute before it must wait</source>
      <translation>дарек бир мүнөттө күтүүгө чейин жибере ала турган текшерилбеген четке кагылган жүктөөлөр</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="58" />
      <source>registered keys, and keys awaiting confirmation</source>
      <translation>катталган ачкычтар жана ырасталышын күткөн ачкычтар</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="21" />
      <source>remove a staff account (never the last one)</source>
      <translation>кызматкердин эсебин өчүрүү (акыркысын эмес)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="22" />
      <source>replace the data with a backup (the current data is kept aside)</source>
      <translation>маалыматтарды камдык көчүрмө менен алмаштыруу (учурдагы маалыматтар өзүнчө сакталат)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="234" />
      <source>reported {r}/{t}, completed {c}, deadline missed {o}</source>
      <translation>отчет берилди {r}/{t}, аткарылды {c}, мөөнөтү бузулду {o}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="27" />
      <source>reporting periods with due dates and state</source>
      <translation>мөөнөттөрү жана абалы менен отчеттук мезгилдер</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="69" />
      <source>reports for %n period(s)</source>
      <translation>
        <numerusform>%n мезгил үчүн отчеттор</numerusform>
        <numerusform>%n мезгил үчүн отчеттор</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="28" />
      <source>restore even though the backup is another municipality's data</source>
      <translation>камдык көчүрмө башка муниципалитеттин маалыматтары болсо да калыбына келтирүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="24" />
      <source>run the agency's inbox (HTTP) for uploads</source>
      <translation>агенттиктин жүктөөлөр үчүн кабыл алуу кутусун (HTTP) иштетүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="24" />
      <source>semi-annual progress reports</source>
      <translation>жарым жылдык аткаруу отчеттору</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="47" />
      <source>set the agency up: keys, the first staff account, one configuration</source>
      <translation>агенттикти жөндөө: ачкычтар, биринчи кызматкердин эсеби, бир жөндөө файлы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="46" />
      <source>sign a directory.json as a .msudir package</source>
      <translation>directory.json файлын .msudir пакети катары кол коюу</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="83" />
      <source>sign a key-rotation document that announces a new key</source>
      <translation>жаңы ачкычты жарыялаган ачкыч алмаштыруу документине кол коюу</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="63" />
      <source>sign a plan file into a plan package (.msuplan)</source>
      <translation>план файлына кол коюп, план пакетин (.msuplan) түзүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="57" />
      <source>sign without asking (scripts)</source>
      <translation>сурабастан кол коюу (скрипттер үчүн)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="99" />
      <source>signed demo packages from N municipalities</source>
      <translation>N муниципалитеттен кол коюлган демонстрациялык пакеттер</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="44" />
      <source>start a period from the previous one</source>
      <translation>мезгилди мурункусунун маалыматтарынан баштоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="40" />
      <source>the Excel file to write</source>
      <translation>жазыла турган Excel файлы</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="45" />
      <source>the PDF file to write: the register as of today, with its totals</source>
      <translation>жазыла турган PDF файлы: бүгүнкү күнгө карата реестр, жыйынтыктары менен</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="26" />
      <source>the agency keys this copy trusts</source>
      <translation>бул көчүрмө ишенген агенттиктин ачкычтары</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="62" />
      <source>the agency staff who use the inbox's web page</source>
      <translation>кабыл алуу кутусунун веб-барагын колдонгон агенттиктин кызматкерлери</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="55" />
      <source>the agency's name in Kyrgyz</source>
      <translation>агенттиктин кыргызча аталышы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="56" />
      <source>the agency's name in Russian</source>
      <translation>агенттиктин орусча аталышы</translation>
    </message>
    <message>
      <source>the agency's name, as written on receipts</source>
      <translation type="vanished">агенттиктин аталышы, тил каттарда жазылгандай</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="157" />
      <source>the agency's name, as written on receipts (default: as set up)</source>
      <translation>квитанцияларда жазылгандай агенттиктин аталышы (демейки: жөндөлгөндөй)</translation>
    </message>
    <message>
      <source>the agency's plan signing key</source>
      <translation type="vanished">агенттиктин планга кол коюучу ачкычы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="89" />
      <source>the agency's plan signing key (default: as set up)</source>
      <translation>агенттиктин планга кол коюу ачкычы (демейки: жөндөлгөндөй)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="76" />
      <source>the agency's public key (default: keys/agency.pub of the data folder)</source>
      <translation>агенттиктин ачык ачкычы (демейки: маалымат папкасынын keys/agency.pub)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="29" />
      <source>the agency's public key file (.pub)</source>
      <translation>агенттиктин ачык ачкыч файлы (.pub)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="24" />
      <source>the annex number of the report (default 1)</source>
      <translation>отчеттун тиркеме номери (демейки 1)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="43" />
      <source>the annex's table pasted into Word (.docx), in place of the ky/ru sheets (repeat for a file per language)</source>
      <translation>Word документине (.docx) көчүрүлгөн тиркеменин таблицасы, ky/ru барактарынын ордуна (ар бир тил үчүн өзүнчө файл болсо, кайталаңыз)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="57" />
      <source>the consolidated report (.xlsx)</source>
      <translation>жыйынтык отчет (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="91" />
      <source>the day the agency received these files (the stick); lateness is judged by it. Default: today. A package collected before keeps the day it was first received.</source>
      <translation>агенттик бул файлдарды (флешканы) алган күн; кечигүү ушул боюнча бааланат. Демейки: бүгүн. Мурда чогултулган пакет биринчи жолу алынган күнүн сактайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="101" />
      <source>the decree and programme text (schema data/schema/programme.schema.json)</source>
      <translation>токтомдун жана программанын тексти (схемасы data/schema/programme.schema.json)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="43" />
      <source>the directory.json to write</source>
      <translation>жазыла турган directory.json файлы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="76" />
      <source>the full name shown on the page</source>
      <translation>баракта көрсөтүлгөн толук аты-жөнү</translation>
    </message>
    <message>
      <source>the inbox folder</source>
      <translation type="vanished">кабыл алуу кутусунун папкасы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="30" />
      <source>the inbox folder (default: as set up)</source>
      <translation>кабыл алуу бөлмөсүнүн папкасы (демейки: жөндөлгөндөй)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="194" />
      <source>the inbox key</source>
      <translation>кабыл алуу бөлмөсүнүн ачкычы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="60" />
      <source>the inbox's address the offices send to, e.g. https://inbox.example.kg</source>
      <translation>кеңселер жөнөтө турган кабыл алуу бөлмөсүнүн дареги, мисалы https://inbox.example.kg</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="152" />
      <source>the inbox's private key (default: as set up)</source>
      <translation>кабыл алуу бөлмөсүнүн жабык ачкычы (демейки: жөндөлгөндөй)</translation>
    </message>
    <message>
      <source>the inbox's private key (keygen)</source>
      <translation type="vanished">кабыл алуу кутусунун жабык ачкычы (keygen)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="22" />
      <source>the installed plan</source>
      <translation>орнотулган план</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="30" />
      <source>the installed programmes; * marks the one the app works on</source>
      <translation>орнотулган программалар; * белгиси иш жүргөн программаны көрсөтөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="31" />
      <source>the measures of a period and their status</source>
      <translation>мезгилдин чаралары жана алардын абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="17" />
      <source>the municipal property register</source>
      <translation>муниципалдык мүлктүн реестри</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="39" />
      <source>the municipalities' keys the agency trusts (key registry)</source>
      <translation>агенттик ишенген муниципалитеттердин ачкычтары (ачкычтар реестри)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="25" />
      <source>the municipality directory (versions, mergers)</source>
      <translation>муниципалитеттердин маалымдамасы (версиялар, бириктирүүлөр)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="15" />
      <source>the municipality directory (СОАТЕ)</source>
      <translation>муниципалитеттер маалымдамасы (СОАТЕ)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="50" />
      <source>the municipality's СОАТЕ code</source>
      <translation>муниципалитеттин СОАТЕ коду</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="92" />
      <source>the new public key (.pub)</source>
      <translation>жаңы ачык ачкыч (.pub)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="23" />
      <source>the outgoing date, DD.MM.YYYY</source>
      <translation>чыгыш катынын күнү, КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="21" />
      <source>the outgoing number of the cover letter (kept for the period)</source>
      <translation>коштомо каттын чыгыш номери (мезгил үчүн сакталат)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="54" />
      <source>the package file, or a folder to write PLAN-vVERSION.msuplan into</source>
      <translation>пакеттин файлы, же PLAN-vVERSION.msuplan жазыла турган папка</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="112" />
      <source>the package's SHA-256 (as on its receipt)</source>
      <translation>пакеттин SHA-256 (тил катындагыдай)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="66" />
      <source>the plan JSON (schema data/schema/plan.schema.json)</source>
      <translation>пландын JSON файлы (схема data/schema/plan.schema.json)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="40" />
      <source>the previous directory (.json or .msudir)</source>
      <translation>мурунку маалымдама (.json же .msudir)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="86" />
      <source>the previous package of this plan</source>
      <translation>бул пландын мурунку пакети</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="36" />
      <source>the programme's id, as 'plan list' prints it</source>
      <translation>программанын идентификатору, 'plan list' чыгаргандай</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="48" />
      <source>the public version (measure 3.2.2)</source>
      <translation>ачык версиясы (3.2.2-чара)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="188" />
      <source>the signing key</source>
      <translation>кол коюу ачкычы</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="65" />
      <source>the staff member's full name</source>
      <translation>кызматкердин толук аты-жөнү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="28" />
      <source>trust a key handed over in person</source>
      <translation>жеке колго берилген ачкычка ишенүү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="44" />
      <source>trust a municipality's new key once its stamped paper report with this fingerprint has arrived</source>
      <translation>ушул из жазылган мөөр басылган кагаз отчету келгенден кийин муниципалитеттин жаңы ачкычына ишенүү</translation>
    </message>
    <message>
      <source>uploads allowed per municipality per minute</source>
      <translation type="vanished">бир муниципалитеттен мүнөтүнө уруксат берилген жүктөөлөр</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="35" />
      <source>uploads allowed per office's verified key per minute</source>
      <translation>офистин текшерилген ачкычы менен бир мүнөттө уруксат берилген жүктөөлөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="36" />
      <source>validate a period; exit 1 when it has problems</source>
      <translation>мезгилди текшерүү; каталар болсо чыгуу коду 1</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="44" />
      <source>verify and consolidate every report package in a folder</source>
      <translation>папкадагы бардык отчет пакеттерин текшерүү жана жыйынтыктоо</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="53" />
      <source>what changes between two directory versions</source>
      <translation>маалымдаманын эки версиясынын ортосунда эмне өзгөрөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="31" />
      <source>what the directory says happened to this municipality (merged, renamed)</source>
      <translation>маалымдама бул муниципалитет жөнүндө эмне дейт (бириктирилген, аты өзгөргөн)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="23" />
      <source>where each period's package stands</source>
      <translation>ар бир мезгилдин пакети кайсы абалда турат</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="47" />
      <source>where every period stands</source>
      <translation>ар бир мезгилдин абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="40" />
      <source>who changed what in a measure's report</source>
      <translation>чаранын отчетунда ким эмнени өзгөрттү</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="122" />
      <source>who decides (for the record)</source>
      <translation>ким чечет (каттоо үчүн)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="23" />
      <source>who did what on the staff page, newest first</source>
      <translation>кызматкерлердин барагында ким эмне кылды, жаңылары башында</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="34" />
      <source>work on another installed programme (reports, exports follow)</source>
      <translation>башка орнотулган программа боюнча иштөө (отчеттор жана чыгаруулар ошого ылайык)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="42" />
      <source>wrap lines at this width (0: do not)</source>
      <translation>саптарды ушул туурада которуу (0: которбоо)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="127" />
      <source>write each municipality's receipts and decisions into a .msureply file</source>
      <translation>ар бир муниципалитеттин тил каттарын жана чечимдерин .msureply файлына жазуу</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation type="vanished">калган күндөр: {days}</translation>
    </message>
    <message>
      <source>{n} demo packages written to {path}</source>
      <translation type="vanished">{path} ичине {n} демонстрациялык пакет жазылды</translation>
    </message>
    <message>
      <source>{n} municipalities in the directory.</source>
      <translation type="vanished">Маалымдамада муниципалитеттер: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="112" />
      <source>{n} of {total} reported</source>
      <translation>{total} ичинен {n} боюнча отчет берилди</translation>
    </message>
    <message>
      <source>{n} packages await the confirmation of a key: msu-agency keys confirm SOATE FINGERPRINT, once the stamped paper has arrived.</source>
      <translation type="vanished">{n} пакет ачкычтын ырасталышын күтөт: мөөр басылган кагаз келгенде msu-agency keys confirm SOATE FINGERPRINT.</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation type="vanished">каталар: {n}</translation>
    </message>
    <message>
      <source>{n} values carried forward into {period}.</source>
      <translation type="vanished">{period} мезгилине өткөрүлгөн маанилер: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="74" />
      <source>{period}: returned by the agency, unlocked for correction.</source>
      <translation>{period}: агенттик кайтарды, оңдоо үчүн кулпусу ачылды.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="310" />
      <source>{soate}  {fingerprint}  awaiting confirmation (seen on {package})</source>
      <translation>{soate}  {fingerprint}  ырасталышын күтөт ({package} пакетинде көрүлгөн)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="299" />
      <source>{soate}  {fingerprint}  expected (entered from the stamped paper {when})</source>
      <translation>{soate}  {fingerprint}  күтүлүүдө (мөөр басылган кагаздан киргизилген {when})</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="108" />
      <source>СОАТЕ directory CSV for real names (e.g. ../shared/data/soate/*.csv)</source>
      <translation>чыныгы аталыштар үчүн СОАТЕ CSV маалымдамасы (мисалы, ../shared/data/soate/*.csv)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="85" />
      <source>СОАТЕ directory CSV, to list municipalities without a package</source>
      <translation>пакети жок муниципалитеттерди тизмелөө үчүн СОАТЕ CSV маалымдамасы</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="74" />
      <source>&amp;Install</source>
      <translation>&amp;Орнотуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="95" />
      <source>A backup is made before the plan is installed. Reports stay with their measures.</source>
      <translation>План орнотулганга чейин камдык көчүрмө жасалат. Отчеттор өз чараларында калат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="70" />
      <source>Check and changes</source>
      <translation>Текшерүү жана өзгөрүүлөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="91" />
      <source>Signed by the agency key {fp}.</source>
      <translation>Агенттиктин {fp} ачкычы менен кол коюлган.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="87" />
      <source>The package was refused:</source>
      <translation>Пакет четке кагылды:</translation>
    </message>
  </context>
  <context>
    <name>ChooseFilePage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="44" />
      <source>&amp;Browse…</source>
      <translation>&amp;Карап чыгуу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="38" />
      <source>Choose the plan package</source>
      <translation>План пакетин тандаңыз</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="57" />
      <source>Plan package</source>
      <translation>План пакети</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="57" />
      <source>Plan packages (*.msuplan)</source>
      <translation>План пакеттери (*.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="40" />
      <source>The agency sends plan updates as .msuplan files, usually on a USB stick.</source>
      <translation>Агенттик пландын жаңыланууларын .msuplan файлдары менен жөнөтөт, адатта флешкада.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="123" />
      <source>Add comment</source>
      <translation>Комментарий кошуу</translation>
    </message>
    <message>
      <source>Write a comment…</source>
      <translation>Комментарий жазыңыз…</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="65" />
      <source>Something went wrong inside the program. Your saved data is safe. A report was written to:</source>
      <translation>Программада ката кетти. Сакталган маалыматтар бузулган жок. Ката тууралуу отчет бул файлга жазылды:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="63" />
      <source>Unexpected error</source>
      <translation>Күтүлбөгөн ката</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Cannot print the dashboard.</source>
      <translation type="vanished">Жыйынтыкты басып чыгаруу мүмкүн болбоду.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">{path} жазылбай жатат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="59" />
      <source>Completed</source>
      <translation>Аткарылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="72" />
      <source>Every report that has begun is approved.</source>
      <translation>Башталган бардык отчеттор бекитилди.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="60" />
      <source>In progress</source>
      <translation>Аткарылууда</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="86" />
      <source>Next report: {period}, due {date} — overdue by {days} days</source>
      <translation>Кийинки отчет: {period}, мөөнөтү {date} — {days} күнгө кечикти</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="77" />
      <source>Next report: {period}, due {date} — {days} days left</source>
      <translation>Кийинки отчет: {period}, мөөнөтү {date} — {days} күн калды</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="62" />
      <source>Not reported</source>
      <translation>Отчет жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="61" />
      <source>Other status</source>
      <translation>Башка абал</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="195" />
      <source>Progress by direction, {period}</source>
      <translation>Багыттар боюнча аткарылышы, {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="100" />
      <source>Progress of the semi-annual reports</source>
      <translation>Жарым жылдык отчеттордун абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="63" />
      <source>The programme ended on {date}: its reports are an archive and can still be completed. To report on the current programme, import its plan package from the agency (File → Import a plan package…).</source>
      <translation>Программа {date} аяктаган: анын отчеттору архивде, аларды дагы эле толтурууга болот. Учурдагы программа боюнча отчет берүү үчүн агенттиктен анын план пакетин импорттоңуз (Файл → План пакетин импорттоо…).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="133" />
      <source>approved</source>
      <translation>бекитилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="135" />
      <source>archive</source>
      <translation>архив</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="143" />
      <source>deadline passed: {n}</source>
      <translation>мөөнөтү өттү: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="139" />
      <source>due soon</source>
      <translation>мөөнөтү жакында</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="137" />
      <source>overdue</source>
      <translation>кечикти</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="208" />
      <source>{done} of {total}</source>
      <translation>{total} ичинен {done}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="80" />
      <source>“3 of 12”: measures completed, of the measures the municipality reports in that half-year.</source>
      <translation>«12ден 3»: ошол жарым жылдыкта муниципалитет отчет берген чаралардын ичинен аткарылгандары.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="377" />
      <source>&amp;Print…</source>
      <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="444" />
      <source>Dashboard — {name}.pdf</source>
      <translation>Жыйынтык — {name}.pdf</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="446" />
      <source>Dashboard.pdf</source>
      <translation>Жыйынтык.pdf</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="380" />
      <source>Save as &amp;PDF…</source>
      <translation>&amp;PDF катары сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="455" />
      <source>Save the dashboard as PDF</source>
      <translation>Жыйынтыкты PDF катары сактоо</translation>
    </message>
    <message>
      <source>Saving the dashboard…</source>
      <translation type="vanished">Жыйынтык сакталууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="406" />
      <source>The programme ended on {date}. {approved} of {total} reports approved; the others are an archive and can still be completed.</source>
      <translation>Программа {date} аяктаган. {total} отчеттун {approved} бекитилди; калгандары архивде, аларды дагы эле толтурууга болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="413" />
      <source>{approved} of {total} reports approved; {overdue} overdue.</source>
      <translation>Бекитилген отчеттор: {total} ичинен {approved}; кечиктирилгени: {overdue}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="101" />
      <source>{name} · as of {date}</source>
      <translation>{name} · {date} карата</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="53" />
      <source>Choose on the calendar</source>
      <translation>Календардан тандаңыз</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="49" />
      <source>DD.MM.YYYY</source>
      <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="73" />
      <source>Enter the date.</source>
      <translation>Датаны жазыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="71" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Бул дата эмес: {value} (КК.АА.ЖЖЖЖ түрүндө жазыңыз).</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="30" />
      <source>Acquire</source>
      <translation>Менчикке кабыл алуу</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Аракет:</translation>
    </message>
    <message>
      <source>Council decision</source>
      <translation>Айылдык кеңештин чечими</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <source>Decision No.:</source>
      <translation>Чечимдин номери:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="45" />
      <source>Enter the decision's number.</source>
      <translation>Чечимдин номерин жазыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="31" />
      <source>Lease</source>
      <translation>Ижарага берүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="32" />
      <source>Other</source>
      <translation>Башка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="35" />
      <source>Sell</source>
      <translation>Сатуу</translation>
    </message>
    <message>
      <source>What was decided:</source>
      <translation>Эмне чечилди:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="34" />
      <source>Write off</source>
      <translation>Эсептен чыгаруу</translation>
    </message>
  </context>
  <context>
    <name>Delivery</name>
    <message>
      <location filename="msu_desktop/services/delivery_paths.py" line="60" />
      <source>Checking the copy…</source>
      <translation>Көчүрмө текшерилүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="876" />
      <source>The agency's keys added after the installation (such as the inbox's receipt key) are not trusted now, so receipts cannot be checked. What to do: import the agency's latest plan package again ({file} → {plan}): it carries the agency's current keys.</source>
      <translation>Орнотуудан кийин кошулган агенттиктин ачкычтары (мисалы, кабыл алуу бөлмөсүнүн тил кат ачкычы) азыр ишенимдүү эмес, ошондуктан тил каттарды текшерүүгө болбойт. Эмне кылуу керек: агенттиктин акыркы план пакетин кайра импорттоңуз ({file} → {plan}): анда агенттиктин учурдагы ачкычтары бар.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="852" />
      <source>What the previous version kept in files could not all be read ({files}); those files were left as they are in the data folder and nothing was deleted.</source>
      <translation>Мурунку версия файлдарда сактаганын баарын окуй алган жок ({files}); ал файлдар маалымат папкасында ошол бойдон калтырылды, эч нерсе өчүрүлгөн жок.</translation>
    </message>
    <message>
      <source>What the previous version kept in files could not all be read ({files}); those files were left as they are in the data folder and nothing was deleted. The packages are in the outbox: the next poll of the inbox, or a reply from the agency (.msureply), brings their receipts back.</source>
      <translation type="vanished">Мурунку версия файлдарда сактаганын баарын окуй алган жок ({files}); ал файлдар маалымат папкасында ошол бойдон калтырылды, эч нерсе өчүрүлгөн жок. Пакеттер жөнөтүү кутусунда: кабыл алуу бөлмөсүнө кийинки суроо же агенттиктин жообу (.msureply) алардын квитанцияларын кайра алып келет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="862" />
      <source>Which packages were sent and received is not known for now. What to do: press “{send}” (the inbox answers again with the receipt of every package it already has), or import the agency's latest reply ({file} → {reply}). The packages themselves are in the outbox.</source>
      <translation>Кайсы пакеттер жөнөтүлүп, кабыл алынганы азырынча белгисиз. Эмне кылуу керек: «{send}» баскычын басыңыз (кабыл алуу бөлмөсү өзүндө бар ар бир пакеттин тил катын кайра жөнөтөт) же агенттиктин акыркы жообун импорттоңуз ({file} → {reply}). Пакеттердин өздөрү жөнөтүү кутусунда.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="787" />
      <source>accepted by the agency</source>
      <translation>агенттик кабыл алды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="760" />
      <source>at the next attempt</source>
      <translation>кийинки аракетте</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="757" />
      <source>built</source>
      <translation>түзүлдү</translation>
    </message>
    <message>
      <source>created</source>
      <translation type="vanished">түзүлдү</translation>
    </message>
    <message>
      <source>failed: {reason}; next try {when}</source>
      <translation type="vanished">ката: {reason}; кийинки аракет {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="625" />
      <source>late: received {when}, due {due}</source>
      <translation>кечикти: {when} кабыл алынды, мөөнөтү {due}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="627" />
      <source>missing: the agency had not received this report by {due}</source>
      <translation>тапшырылган жок: агенттик бул отчетту {due} чейин алган эмес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="764" />
      <source>not sent: {reason}; next try {when}</source>
      <translation>жөнөтүлгөн жок: {reason}; кийинки аракет {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="623" />
      <source>on time (due {due})</source>
      <translation>өз убагында (мөөнөтү {due})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="784" />
      <source>received by the agency {when} (receipt verified)</source>
      <translation>агенттик {when} алды (тил кат текшерилди)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="774" />
      <source>received {when}, held until the agency confirms your key: send the agency the stamped paper report with your key's fingerprint {fingerprint} (Print preview… prints this package's report; the fingerprint is under the signatures). The receipt then comes by itself.</source>
      <translation>{when} кабыл алынды, агенттик сиздин ачкычыңызды ырастаганга чейин кармалып турат: агенттикке мөөр басылган кагаз отчетту ачкычыңыздын изи {fingerprint} менен жөнөтүңүз («Басып чыгаруу алдын ала көрүү…» ушул пакеттин отчетун басып чыгарат; ачкычтын изи колтамгалардын астында). Андан кийин квитанция өзү келет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="771" />
      <source>refused by the agency: {reason}</source>
      <translation>агенттик кабыл алган жок: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="788" />
      <source>returned for correction with comments</source>
      <translation>түшүндүрмөлөр менен оңдоого кайтарылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="762" />
      <source>saved to a stick ({place})</source>
      <translation>флешкага сакталды ({place})</translation>
    </message>
    <message>
      <source>saved to {place}</source>
      <translation type="vanished">{place} ичине сакталды</translation>
    </message>
    <message>
      <source>sent {when}</source>
      <translation type="vanished">жөнөтүлдү {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="763" />
      <source>sent {when}, no receipt yet</source>
      <translation>{when} жөнөтүлдү, тил кат азырынча жок</translation>
    </message>
  </context>
  <context>
    <name>DeliveryStatus</name>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="35" />
      <source>Import a reply from the agency</source>
      <translation>Агенттиктен келген жоопту импорттоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="59" />
      <source>Left aside: packages not in this office's outbox (numbers {seqs}).</source>
      <translation>Бул кеңсенин чыгуучу папкасында жок пакеттер өткөрүлүп жиберилди (номерлери {seqs}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="56" />
      <source>Nothing new in this reply.</source>
      <translation>Бул жоопто жаңы эч нерсе жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="123" />
      <source>Receipt</source>
      <translation>Тил кат</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="37" />
      <source>Replies of the agency (*.msureply)</source>
      <translation>Агенттиктин жооптору (*.msureply)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="69" />
      <source>Reply from the agency</source>
      <translation>Агенттиктин жообу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="64" />
      <source>Returned for correction, now unlocked: {periods}</source>
      <translation>Оңдоого кайтарылды, эми кулпусу ачык: {periods}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="101" />
      <source>Save the receipt as PDF</source>
      <translation>Тил катты PDF катары сактоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="93" />
      <source>The agency has not confirmed this package yet.</source>
      <translation>Агенттик бул пакетти азырынча ырастай элек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="143" />
      <source>The agency returned this measure: {text}</source>
      <translation>Агенттик бул иш-чараны кайтарды: {text}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="54" />
      <source>The reply was checked and recorded.</source>
      <translation>Жооп текшерилип, жазылды.</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="msu_desktop/services/demo.py" line="408" />
      <source>The data folder {path} already has data. Choose an empty folder for the demo.</source>
      <translation>{path} маалыматтар папкасында маалыматтар бар. Демонстрация үчүн бош папканы тандаңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/demo.py" line="74" />
      <source>The demo data file is damaged.</source>
      <translation>Демонстрациялык маалыматтар файлы бузулган.</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="110" />
      <source>Done</source>
      <translation>Даяр</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="234" />
      <source>(target {n} {unit})</source>
      <translation>(максат: {n} {unit})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="102" />
      <source>Clear them</source>
      <translation>Тазалоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="181" />
      <source>DD.MM.YYYY</source>
      <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="198" />
      <source>Deadline: {deadline}. Expected result: {result}</source>
      <translation>Мөөнөтү: {deadline}. Күтүлгөн натыйжа: {result}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="206" />
      <source>Indicators</source>
      <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="105" />
      <source>Keep</source>
      <translation>Калтыруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="210" />
      <source>Money spent, by source ({currency})</source>
      <translation>Булактар боюнча сарпталган каражат ({currency})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="296" />
      <source>With the status «{status}» these do not apply: {fields}. Left as they are, they are printed in the report. Clear them? (Undo brings them back.)</source>
      <translation>«{status}» абалында булар колдонулбайт: {fields}. Ушундай калса, отчетко басылып чыгат. Тазалайсызбы? (Артка кайтаруу аларды кайтарат.)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="165" />
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="msu_agency/cli/directory.py" line="79" />
      <source>A .msudir is checked against the agency's public key: add --pub.</source>
      <translation>.msudir агенттиктин ачык ачкычы менен текшерилет: --pub кошуңуз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="126" />
      <source>A blank template is written as Excel only (--out).</source>
      <translation>Бош үлгү Excel түрүндө гана жазылат (--out).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="668" />
      <source>A different package with the same sequence number {seq} arrived already.</source>
      <translation>Ушул эле {seq} катар номери менен башка пакет мурда келген.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="59" />
      <source>A directory package must be signed with at least one agency key.</source>
      <translation>Маалымдама пакетине агенттиктин жок дегенде бир ачкычы менен кол коюлушу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="42" />
      <source>A lease awarded by auction needs the auction protocol's number.</source>
      <translation>Аукциондун жыйынтыгы боюнча ижара үчүн аукциондун протоколунун номери керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="44" />
      <source>A lease awarded without an auction needs the reason.</source>
      <translation>Аукционсуз ижара үчүн негизин көрсөтүү керек.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="162" />
      <source>A measure in the package is not a record.</source>
      <translation>Пакеттеги бир чара жазуу түрүндө эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="677" />
      <source>A newer package (sequence {latest}) of this period arrived already; this older one is not kept.</source>
      <translation>Бул мезгилдин жаңыраак пакети ({latest} катар номери) мурда келген; бул эскиси сакталбайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="80" />
      <source>A passphrase is needed for {what}: set {env} or use a password file.</source>
      <translation>{what} үчүн сырсөз айкашы керек: {env} орнотуңуз же сырсөз файлын колдонуңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="128" />
      <source>A password is needed: set MSU_AGENCY_PASSWORD or use --password-file.</source>
      <translation>Сырсөз керек: MSU_AGENCY_PASSWORD коюңуз же --password-file колдонуңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="128" />
      <source>A password is needed: set MSU_STAFF_PASSWORD or give it on standard input.</source>
      <translation>Сырсөз керек: MSU_STAFF_PASSWORD коюңуз же аны стандарттык киргизүү аркылуу бериңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_build.py" line="52" />
      <source>A plan package must be signed with at least one agency key.</source>
      <translation>План пакетине агенттиктин жок дегенде бир ачкычы менен кол коюлушу керек.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="91" />
      <source>A signature in the directory package is damaged: {reason}</source>
      <translation>Маалымдама пакетиндеги кол бузулган: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="110" />
      <source>A signature in the plan package is damaged: {reason}</source>
      <translation>План пакетиндеги кол тамга бузулган: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="41" />
      <source>An Excel register does not say whose it is: add --from with the predecessor's СОАТЕ code.</source>
      <translation>Excel реестринен анын кимдики экени көрүнбөйт: мурунку муниципалитеттин СОАТЕ коду менен --from кошуңуз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="167" />
      <source>Bad signature: the manifest was changed or signed by someone else ({reason})</source>
      <translation>Кол тамга туура эмес: манифест өзгөртүлгөн же башка бирөө кол койгон ({reason})</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="132" />
      <source>Cancelled; nothing was copied.</source>
      <translation>Жокко чыгарылды; эч нерсе көчүрүлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="156" />
      <source>Cannot create the data folder {path}: {detail}</source>
      <translation>Маалыматтар папкасын түзүү мүмкүн эмес {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="526" />
      <source>Cannot read the directory file {path}.</source>
      <translation>{path} маалымдама файлы окулбай жатат.</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="157" />
      <source>Cannot read the file {path}.</source>
      <translation>{path} файлын окуу мүмкүн эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="197" />
      <source>Cannot read the key file {path}.</source>
      <translation>{path} ачкыч файлы окулбай жатат.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="121" />
      <source>Cannot read the password file {path}.</source>
      <translation>{path} сырсөз файлы окулбай жатат.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="71" />
      <source>Cannot read the public key {path}.</source>
      <translation>{path} ачык ачкычын окуу мүмкүн эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="70" />
      <source>Cannot read {path}.</source>
      <translation>{path} окулбай жатат.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="42" />
      <source>Cannot write to {path}: the drive is read-only or access is denied.</source>
      <translation>{path} жазуу мүмкүн эмес: диск жазуудан корголгон же кирүүгө тыюу салынган.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">{path} жазуу мүмкүн эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="51" />
      <source>Cannot write {path}: {detail}</source>
      <translation>{path} жазуу мүмкүн эмес: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="198" />
      <source>Coordinates are numbers such as 42.874621.</source>
      <translation>Координаттар — сандар, мисалы 42.874621.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="550" />
      <source>Enter the decision's number.</source>
      <translation>Чечимдин номерин киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="288" />
      <source>Enter the object's name.</source>
      <translation>Объекттин аталышын киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="171" />
      <source>Give the agency's name in both Kyrgyz and Russian.</source>
      <translation>Агенттиктин аталышын кыргызча да, орусча да жазыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="197" />
      <source>Give the inbox key another passphrase than the signing key: the inbox's server must never be able to open the signing key.</source>
      <translation>Кабыл алуу бөлмөсүнүн ачкычына кол коюу ачкычыникинен башка сырсөз айкашын бериңиз: кабыл алуу бөлмөсүнүн сервери кол коюу ачкычын эч качан ача албашы керек.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="169" />
      <source>Measure {code} appears more than once.</source>
      <translation>{code} чарасы бир нече жолу кездешет.</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="221" />
      <source>Measure {code} appears twice in the plan.</source>
      <translation>{code} чарасы планда эки жолу кездешет.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="166" />
      <source>Measure {code} is not in the plan.</source>
      <translation>{code} чарасы планда жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="213" />
      <source>Measure {code} names an executor {executor} that is not in the glossary.</source>
      <translation>{code} чарасында кыскартуулар тизмесинде жок {executor} аткаруучусу көрсөтүлгөн.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/checks.py" line="230" />
      <source>Measure {code}: %n indicator(s); a measure has at most {max}.</source>
      <translation>
        <numerusform>{code} чарасы: %n көрсөткүч; бир чарада эң көп дегенде {max} болот.</numerusform>
        <numerusform>{code} чарасы: %n көрсөткүч; бир чарада эң көп дегенде {max} болот.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="263" />
      <source>Measure {code}: more money sources than the form has.</source>
      <translation>{code} чарасы: акча булактары формадагыдан көп.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="279" />
      <source>Measure {code}: the amount from {name} is negative, too large or not an amount: {value}</source>
      <translation>{code} чарасы: {name} булагынан келген сумма терс, өтө чоң же сумма эмес: {value}</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="246" />
      <source>Measure {code}: the indicator {name} is not a whole number between 0 and {max}: {value}</source>
      <translation>{code} чарасы: {name} көрсөткүчү 0дөн {max} чейинки бүтүн сан эмес: {value}</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="226" />
      <source>Measure {code}: the indicators are not a list of values.</source>
      <translation>{code} чарасы: көрсөткүчтөр маанилердин тизмеси эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="260" />
      <source>Measure {code}: the money is not a list of amounts.</source>
      <translation>{code} чарасы: акча суммалардын тизмеси эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="291" />
      <source>Measure {code}: the total {total} is not the sum of its amounts ({sum}).</source>
      <translation>{code} чарасы: жалпы сумма {total} анын суммаларынын жыйындысына ({sum}) барабар эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="241" />
      <source>Measure {code}: unknown indicator {name}.</source>
      <translation>{code} чарасы: белгисиз көрсөткүч {name}.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="269" />
      <source>Measure {code}: unknown money source {name}.</source>
      <translation>{code} чарасы: белгисиз акча булагы {name}.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="175" />
      <source>Measure {code}: unknown status {status}.</source>
      <translation>{code} чарасы: белгисиз абал {status}.</translation>
    </message>
    <message>
      <source>Measure {code}: {n} indicators; a measure has at most {max}.</source>
      <translation type="vanished">{code} чарасы: {n} көрсөткүч; бир чарада эң көп дегенде {max} болот.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="177" />
      <source>Missing file in the package: {name}</source>
      <translation>Пакетте файл жок: {name}</translation>
    </message>
    <message>
      <source>No connection to the server ({reason}).</source>
      <translation type="vanished">Сервер менен байланыш жок ({reason}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="323" />
      <source>No connection to the server {host}. Check the Internet connection and the address.</source>
      <translation>{host} сервери менен байланыш жок. Интернетке туташууну жана даректи текшериңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="289" />
      <source>No connection to the server: the address {host} cannot be found. Check that this computer is on the Internet and that the address is written right.</source>
      <translation>Сервер менен байланыш жок: {host} дареги табылган жок. Компьютер Интернетке туташканын жана дарек туура жазылганын текшериңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="313" />
      <source>No connection to the server: the connection to {host} was broken off. Try again.</source>
      <translation>Сервер менен байланыш жок: {host} менен байланыш үзүлдү. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="300" />
      <source>No connection to the server: the secure connection to {host} could not be checked (its certificate, or this computer's date, is wrong).</source>
      <translation>Сервер менен байланыш жок: {host} менен корголгон байланышты текшерүү мүмкүн болгон жок (анын сертификаты же бул компьютердин датасы туура эмес).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="318" />
      <source>No connection to the server: this computer has no network to reach {host}. Check the cable or the Wi-Fi.</source>
      <translation>Сервер менен байланыш жок: бул компьютерде {host} жетүүгө тармак жок. Кабелди же Wi-Fi текшериңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="295" />
      <source>No connection to the server: {host} did not answer in time. Try again later.</source>
      <translation>Сервер менен байланыш жок: {host} убагында жооп берген жок. Кийинчерээк аракет кылыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="307" />
      <source>No connection to the server: {host} refused the connection (the agency's server is not running at this address). Check the address, or try later.</source>
      <translation>Сервер менен байланыш жок: {host} байланыштан баш тартты (агенттиктин сервери бул даректе иштебейт). Даректи текшериңиз же кийинчерээк аракет кылыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="395" />
      <source>No executor is named.</source>
      <translation>Бир да аткаруучу аталган эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_map.py" line="154" />
      <source>No header row with a name column was found. Map the columns by hand.</source>
      <translation>Аталыш мамычасы бар баш сап табылган жок. Мамычаларды кол менен дал келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="264" />
      <source>No key of the agency's inbox is trusted yet: import the plan package or the key-rotation document that brings it.</source>
      <translation>Агенттиктин кабыл алуу кутусунун ачкычына азырынча ишеним жок: аны алып келген план пакетин же ачкыч алмаштыруу документин импорттоңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="238" />
      <source>No package of {soate} signed by a key with this fingerprint has been collected; nothing was changed. Collect the folder with that package first.</source>
      <translation>{soate} муниципалитетинин ушул из менен ачкыч кол койгон бир да пакети чогултулган эмес; эч нерсе өзгөргөн жок. Адегенде ошол пакет жаткан папканы чогултуңуз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="232" />
      <source>No plan is installed.</source>
      <translation>План орнотулган эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="262" />
      <source>No table starting with № was found in {path}.</source>
      <translation>{path} ичинде № менен башталган таблица табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="720" />
      <source>No upload address is set.</source>
      <translation>Жөнөтүү дареги коюлган эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="325" />
      <source>No. {old} of {name} is taken in this register, and so is {new}; rename one of them first. Nothing was changed.</source>
      <translation>{name} ичиндеги № {old} бул реестрде бош эмес, {new} да бош эмес; адегенде алардын бирин өзгөртүңүз. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="77" />
      <source>Not a column letter: {col}</source>
      <translation>Бул мамычанын тамгасы эмес: {col}</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="175" />
      <source>Not a valid package: {reason}</source>
      <translation>Жараксыз пакет: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="155" />
      <source>Not a valid reply file: {reason}</source>
      <translation>Жараксыз жооп файлы: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="135" />
      <source>Nothing was signed: confirm with --yes, or run it in a terminal.</source>
      <translation>Эч нерсеге кол коюлган жок: --yes менен ырастаңыз же терминалда иштетиңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="410" />
      <source>Once it has arrived: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation>Ал келгенден кийин: msu-agency keys confirm {soate} FINGERPRINT</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="161" />
      <source>Only an active object can be leased.</source>
      <translation>Ижарага иштеп жаткан объектти гана берүүгө болот.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/collect.py" line="376" />
      <source>Packages of {soate} are signed by %n different key(s), so none was registered. Compare the fingerprints with the stamped paper report, then: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation>
        <numerusform>{soate} муниципалитетинин пакеттерине %n ачкыч кол койгон, ошондуктан бири да катталган жок. Ачкычтардын издерин мөөр басылган кагаз отчету менен салыштырып, андан соң: msu-agency keys confirm {soate} FINGERPRINT</numerusform>
        <numerusform>{soate} муниципалитетинин пакеттерине %n башка-башка ачкыч кол койгон, ошондуктан бири да катталган жок. Ачкычтардын издерин мөөр басылган кагаз отчету менен салыштырып, андан соң: msu-agency keys confirm {soate} FINGERPRINT</numerusform>
      </translation>
    </message>
    <message>
      <source>Packages of {soate} are signed by {n} different keys, so none was registered. Compare the fingerprints with the stamped paper report, then: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation type="vanished">{soate} муниципалитетинин пакеттерине {n} башка-башка ачкыч кол койгон, ошондуктан бири да катталган жок. Ачкычтардын издерин мөөр басылган кагаз отчету менен салыштырып, андан соң: msu-agency keys confirm {soate} FINGERPRINT</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="339" />
      <source>Packages of {soate} are signed with the key registered for {other} (after a merger, the predecessor's key). Nothing of {soate} was consolidated. If {other} is part of {soate}, compare the fingerprint with the stamped paper report, then: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation>{soate} пакеттерине {other} үчүн катталган ачкыч менен кол коюлган (бириктирүүдөн кийин — мурунку муниципалитеттин ачкычы). {soate} боюнча эч нерсе жыйынтыкка кошулган жок. Эгер {other} {soate} курамына кирген болсо, манжа изин мөөр басылган кагаз отчёт менен салыштырып, андан кийин: msu-agency keys confirm {soate} МАНЖА_ИЗИ</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="236" />
      <source>Reading Word tables needs the agency's extra (python-docx): install msu-desktop[agency].</source>
      <translation>Word таблицаларын окуу үчүн агенттиктин кошумчасы (python-docx) керек: msu-desktop[agency] орнотуңуз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="124" />
      <source>Say where to write the register: --out FILE.xlsx or --pdf FILE.pdf.</source>
      <translation>Реестрди кайда жазууну көрсөтүңүз: --out FILE.xlsx же --pdf FILE.pdf.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="231" />
      <source>Set up the municipality (File → Municipality) before exporting.</source>
      <translation>Чыгаруудан мурун муниципалитеттин маалыматтарын толтуруңуз (Файл → Муниципалитет).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="189" />
      <source>Set up the municipality (File → Municipality) first.</source>
      <translation>Адегенде муниципалитетти көрсөтүңүз (Файл → Муниципалитет).</translation>
    </message>
    <message>
      <source>Signed with a new key ({new}); the agency has another key registered for this municipality. Send the stamped paper with the new fingerprint first.</source>
      <translation type="vanished">Жаңы ачкыч ({new}) менен кол коюлган; агенттикте бул муниципалитет үчүн башка ачкыч катталган. Адегенде жаңы манжа изи жазылган мөөр басылган кагазды жөнөтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="404" />
      <source>Signed with a new key ({new}); the registered key is {old}. Confirm the new key with the municipality's stamped paper first.</source>
      <translation>Жаңы ачкыч менен кол коюлган ({new}); катталган ачкыч — {old}. Адегенде жаңы ачкычты муниципалитеттин мөөр басылган кагаз документи менен ырастаңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="120" />
      <source>Staff accounts belong to the inbox's web page, which is not part of this installation (the agency extra); run init without --staff.</source>
      <translation>Кызматкерлердин эсептери кабыл алуу бөлмөсүнүн веб-барагына таандык, ал бул орнотмого кирбейт (агенттиктин кошумчасы); init буйругун --staff жок иштетиңиз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="135" />
      <source>Tampered file in the package: {name}</source>
      <translation>Пакеттеги файл өзгөртүлгөн: {name}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="173" />
      <source>The agency is already set up in {path}; nothing was changed.</source>
      <translation>Агенттик {path} ичинде мурда эле жөндөлгөн; эч нерсе өзгөртүлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="165" />
      <source>The agency is not set up here: run msu-agency init first, or give --key.</source>
      <translation>Агенттик бул жерде жөндөлгөн эмес: адегенде msu-agency init иштетиңиз же --key бериңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="46" />
      <source>The agency is not set up here: run msu-agency init first, or give {options}.</source>
      <translation>Агенттик бул жерде жөндөлгөн эмес: адегенде msu-agency init иштетиңиз же {options} бериңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="121" />
      <source>The agency is not set up here: run msu-agency init first.</source>
      <translation>Агенттик бул жерде орнотула элек: адегенде msu-agency init аткарыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/config.py" line="95" />
      <source>The agency's configuration {path} cannot be read; nothing was changed. Run msu-agency init again, or restore the file from the backup.</source>
      <translation>Агенттиктин жөндөөлөрү {path} окулбайт; эч нерсе өзгөртүлгөн жок. msu-agency init буйругун кайра иштетиңиз же файлды камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="291" />
      <source>The agency's decision is about a package this office never sent (sequence {seq}).</source>
      <translation>Агенттиктин чечими бул кеңсе эч качан жөнөтпөгөн пакет жөнүндө ({seq} катар номери).</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="239" />
      <source>The agency's decision is damaged and cannot be read.</source>
      <translation>Агенттиктин чечими бузулган, аны окууга болбойт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="240" />
      <source>The agency's decision is too large.</source>
      <translation>Агенттиктин чечими өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="273" />
      <source>The agency's inbox refused the package: {reason}</source>
      <translation>Агенттиктин кабыл алуу кутусу пакетти кабыл алган жок: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="95" />
      <source>The agency's key registry {path} is damaged.</source>
      <translation>Агенттиктин ачкычтар реестри {path} бузулган.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="168" />
      <source>The agency's public key was not found: run msu-agency init first, or give --pub.</source>
      <translation>Агенттиктин ачык ачкычы табылган жок: адегенде msu-agency init иштетиңиз же --pub көрсөтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/outgoing.py" line="41" />
      <source>The annex number is longer than {limit} characters.</source>
      <translation>Тиркеменин номери {limit} белгиден узун.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="514" />
      <source>The answer did not come from the agency's inbox (perhaps the network's login page: open a browser and log in to the network first); the package will be sent again.</source>
      <translation>Жооп агенттиктин кабыл алуучу серверинен келген жок (балким, тармакка кирүү барагы: адегенде браузерди ачып, тармакка кириңиз); пакет кайра жөнөтүлөт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="440" />
      <source>The backup could not be restored: {reason} The previous data was put back as it was.</source>
      <translation>Камдык көчүрмө калыбына келтирилген жок: {reason} Мурунку маалыматтар кандай болсо, ошол бойдон ордуна кайтарылды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="170" />
      <source>The backup was cancelled; nothing was written.</source>
      <translation>Камдык көчүрмө жокко чыгарылды; эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="430" />
      <source>The content of the package was refused: {reason}</source>
      <translation>Пакеттин мазмуну кабыл алынган жок: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="200" />
      <source>The coordinates are outside Kyrgyzstan.</source>
      <translation>Координаттар Кыргызстандын чегинен тышкары.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="194" />
      <source>The data is of {code}, which the installed directory does not name as a predecessor of {name} ({mine}); nothing was changed.</source>
      <translation>Бул {code} маалыматтары, бирок орнотулган маалымдама аны {name} ({mine}) мурунку муниципалитети катары атабайт; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation type="vanished">Маалыматтар базасынын файлы бузулган ({detail}). Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <source>The database file is damaged and cannot be opened: {detail}</source>
      <translation type="vanished">Маалыматтар базасынын файлы бузулган жана ачылбайт: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="210" />
      <source>The database {path} cannot be written: the folder, the drive or the file is read-only. It is not damaged. Allow writing there (or copy the data folder to a place where you can write) and start again; nothing was changed.</source>
      <translation>{path} маалыматтар базасына жазууга болбойт: папка, диск же файл «окуу үчүн гана» абалында. Ал бузулган эмес. Ал жерге жазууга уруксат бериңиз (же маалыматтар папкасын жазууга боло турган жерге көчүрүңүз) жана кайра ачыңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/db.py" line="239" />
      <source>The database {path} could not be read or written (a read error on the drive, or the drive was removed). Check the drive and try again; nothing was changed.</source>
      <translation>{path} маалыматтар базасы окулган же жазылган жок (дисктен окууда ката кетти же диск чыгарылып алынды). Дискти текшерип, кайра аракет кылыңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="284" />
      <source>The database {path} is damaged and cannot be read. Restore it from the latest good backup.</source>
      <translation>{path} маалыматтар базасы бузулган, аны окууга болбойт. Аны акыркы жарактуу камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="129" />
      <source>The database {path} is empty (0 bytes): its content was lost, for example in a power cut or by an antivirus program. No new database was created over it. Restore the latest good backup.</source>
      <translation>{path} маалыматтар базасы бош (0 байт): анын мазмуну жоголгон, мисалы, жарык өчкөндө же антивирус программасынан. Анын ордуна жаңы база түзүлгөн жок. Акыркы жарактуу камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/db.py" line="227" />
      <source>The database {path} is in use by another program (another copy of MSU Desktop, a backup or antivirus program). Close that program and try again; nothing was changed.</source>
      <translation>{path} маалыматтар базасын башка программа колдонуп жатат (MSU Desktop программасынын башка нускасы, камдык көчүрмө же антивирус программасы). Ошол программаны жаап, кайра аракет кылыңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="56" />
      <source>The database {path} is in use by another program (often an antivirus scan or a backup tool). Nothing was changed. Wait a minute or close that program, then start MSU Desktop again.</source>
      <translation>Маалыматтар базасы {path} башка программа тарабынан колдонулууда (көбүнчө антивирустук текшерүү же камдык көчүрмө программасы). Эч нерсе өзгөртүлгөн жок. Бир мүнөт күтүңүз же ал программаны жабыңыз, андан кийин MSU Desktop программасын кайра ачыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="141" />
      <source>The day of receipt {date} is in the future; nothing was collected.</source>
      <translation>Алынган күн {date} келечекте; эч нерсе чогултулган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="132" />
      <source>The day of receipt {value} is not a date; write it as 25.01.2027.</source>
      <translation>Алынган күн {value} дата эмес; 25.01.2027 түрүндө жазыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="387" />
      <source>The deadline {value} cannot be read; write a date (31.12.2025), a year (2025) or years (2024-2026).</source>
      <translation>{value} мөөнөтү окулбайт; датаны (31.12.2025), жылды (2025) же жылдарды (2024-2026) жазыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/decisions.py" line="35" />
      <source>The decision's text is longer than {n} characters.</source>
      <translation>Чечимдин тексти {n} белгиден узун.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="496" />
      <source>The directory file {path} has no СОАТЕ code or name column.</source>
      <translation>{path} маалымдама файлында СОАТЕ коду же аталыш мамычасы жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="102" />
      <source>The directory in the package was changed or damaged; it was refused.</source>
      <translation>Пакеттеги маалымдама өзгөртүлгөн же бузулган; пакет четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="124" />
      <source>The directory package has no directory.json.</source>
      <translation>Маалымдама пакетинде directory.json жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="120" />
      <source>The directory package is not signed by a trusted agency key; it was refused.</source>
      <translation>Маалымдама пакетине агенттиктин ишенимдүү ачкычы менен кол коюлган эмес; ал четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="87" />
      <source>The directory package is of a format this version does not know; update the app.</source>
      <translation>Маалымдама пакетинин форматы бул версияга белгисиз; программаны жаңыртыңыз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="95" />
      <source>The directory package was changed after it was signed; it was refused.</source>
      <translation>Маалымдама пакети кол коюлгандан кийин өзгөртүлгөн; ал четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="83" />
      <source>The directory package's manifest is not readable.</source>
      <translation>Маалымдама пакетинин манифести окулбайт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="46" />
      <source>The drive holding {path} is not available (was the USB stick removed?). Nothing was saved there; try again.</source>
      <translation>{path} жайгашкан диск жеткиликсиз (флешка чыгарылып алындыбы?). Ал жакка эч нерсе жазылган жок; кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="225" />
      <source>The export was cancelled; nothing was written.</source>
      <translation>Чыгаруу жокко чыгарылды; эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="92" />
      <source>The file is not a plan package (it has no manifest).</source>
      <translation>Файл план пакети эмес (манифести жок).</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="101" />
      <source>The file is not a plan package (unknown manifest).</source>
      <translation>Файл план пакети эмес (белгисиз манифест).</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="264" />
      <source>The file was not found: {path}</source>
      <translation>Файл табылган жок: {path}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="351" />
      <source>The file {name} holds more data than the package declares.</source>
      <translation>{name} файлында пакетте көрсөтүлгөндөн көбүрөөк маалымат бар.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="360" />
      <source>The file {name} in the package is damaged.</source>
      <translation>Пакеттеги {name} файлы бузулган.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="336" />
      <source>The file {name} in the package is too large.</source>
      <translation>Пакеттеги {name} файлы өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="164" />
      <source>The file {name} in the plan package is not readable.</source>
      <translation>План топтомундагы {name} файлы окулбайт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="168" />
      <source>The file {name} in the plan package is not valid: {detail}</source>
      <translation>План топтомундагы {name} файлы туура эмес: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="123" />
      <source>The file {name} in the plan package was changed or damaged; the package was refused.</source>
      <translation>План пакетиндеги {name} файлы өзгөртүлгөн же бузулган; пакет четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="140" />
      <source>The file {path} is not a database (it may have been overwritten or damaged). Restore the latest good backup.</source>
      <translation>{path} файлы маалыматтар базасы эмес (ал үстүнөн жазылган же бузулган болушу мүмкүн). Акыркы жарактуу камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="177" />
      <source>The file {path} is not an MSU Desktop database: it belongs to another program. It was left as it is. Restore the office's data from the latest good backup.</source>
      <translation>{path} файлы MSU Desktop программасынын маалыматтар базасы эмес: ал башка программага таандык. Ал ошол бойдон калтырылды. Мекеменин маалыматтарын акыркы жарактуу камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="30" />
      <source>The file {path} is open in another program (Excel, a PDF viewer, an antivirus scan). Close it there and try again; nothing was changed.</source>
      <translation>{path} файлы башка программада ачык (Excel, PDF көрүүчү, антивирустук текшерүү). Аны ошол жерде жаап, кайра аракет кылыңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="122" />
      <source>The fingerprint does not match this key: the key was NOT added. Check the letter and the file.</source>
      <translation>Ачкычтын изи бул ачкычка дал келбейт: ачкыч КОШУЛГАН ЖОК. Катты жана файлды текшериңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="43" />
      <source>The folder {folder} is not there (was the USB stick removed?). Insert the stick and run the export again; nothing was built.</source>
      <translation>{folder} папкасы жок (USB-флешка сууруп алындыбы?). Флешканы салып, экспортту кайра баштаңыз; эч нерсе түзүлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery_paths.py" line="50" />
      <source>The folder {folder} is not there (was the USB stick removed?). Insert the stick and save the package again; nothing was saved.</source>
      <translation>{folder} папкасы жок (USB-флешка сууруп алындыбы?). Флешканы салып, пакетти кайра сактаңыз; эч нерсе сакталган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="162" />
      <source>The folder {path} does not exist.</source>
      <translation>{path} папкасы жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="68" />
      <source>The folder {path} is not an inbox.</source>
      <translation>{path} папкасы кабыл алуу кутусу эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/steps.py" line="36" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>Импорт жокко чыгарылды; эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation type="vanished">Импорт жокко чыгарылды; эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="100" />
      <source>The inbox address {url} is not a web address; write it as https://inbox.example.kg</source>
      <translation>Кабыл алуу бөлмөсүнүн дареги {url} веб-дарек эмес; аны https://inbox.example.kg түрүндө жазыңыз</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="415" />
      <source>The inbox's answer carries no readable receipt.</source>
      <translation>Кабыл алуу кутусунун жообунда окула турган тил кат жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="323" />
      <source>The inbox's answer is too large to be a hold.</source>
      <translation>Кабыл алуу бөлмөсүнүн жообу кармоо документи болууга өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="325" />
      <source>The inbox's hold is damaged and cannot be read.</source>
      <translation>Кабыл алуу бөлмөсүнүн кармоо документи бузулган, окууга болбойт.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="59" />
      <source>The inbox's web server is not part of this installation (it is the agency's extra): install it with pip install 'msu-desktop[agency]'. Missing: {name}.</source>
      <translation>Кирүүчү кутунун веб-сервери бул орнотууга кирбейт (ал агенттиктин кошумча бөлүгү): аны pip install 'msu-desktop[agency]' менен орнотуңуз. Жок: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="119" />
      <source>The installed directory names no predecessor of this municipality; nothing was changed.</source>
      <translation>Орнотулган маалымдамада бул муниципалитеттин мурункулары аталган эмес; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="68" />
      <source>The inventory number {number} is already used.</source>
      <translation>{number} инвентардык номери мурунтан колдонулат.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="52" />
      <source>The key or signature is damaged (not valid base64).</source>
      <translation>Ачкыч же кол тамга бузулган (base64 жараксыз).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="511" />
      <source>The key {fingerprint} that signed this package belongs to another municipality; one key signs for one municipality only.</source>
      <translation>Бул пакетке кол койгон {fingerprint} ачкычы башка муниципалитетке таандык; бир ачкыч бир гана муниципалитет үчүн кол коёт.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="431" />
      <source>The key {fingerprint} that signed this package of {soate} belongs to {other}; one key signs for one municipality only. The package was not consolidated.</source>
      <translation>{soate} муниципалитетинин бул пакетине кол койгон {fingerprint} ачкычы {other} муниципалитетине таандык; бир ачкыч бир гана муниципалитет үчүн кол коёт. Пакет жыйынтыкка кошулган жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/rotation.py" line="50" />
      <source>The key-rotation document is not readable.</source>
      <translation>Ачкычты алмаштыруу документи окулбайт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/rotation.py" line="34" />
      <source>The key-rotation document is not signed by a trusted agency key; the new key was not accepted.</source>
      <translation>Ачкычты алмаштыруу документине агенттиктин ишенимдүү ачкычы менен кол коюлган эмес; жаңы ачкыч кабыл алынган жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/rotation.py" line="52" />
      <source>The key-rotation document names an unknown purpose ({purpose}).</source>
      <translation>Ачкыч алмаштыруу документинде белгисиз максат ({purpose}) көрсөтүлгөн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="89" />
      <source>The key-rotation document or its signature (.minisig) is missing.</source>
      <translation>Ачкычты алмаштыруу документи же анын кол тамгасы (.minisig) жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="36" />
      <source>The lease ends before it starts.</source>
      <translation>Ижара башталгандан мурун бүтөт.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="307" />
      <source>The limits must be positive numbers.</source>
      <translation>Чектөөлөр оң сандар болушу керек.</translation>
    </message>
    <message>
      <location filename="msu_agency/received.py" line="41" />
      <source>The list of received packages {path} cannot be read; nothing was changed. Restore it from the backup.</source>
      <translation>Алынган пакеттердин тизмеси {path} окулбайт; эч нерсе өзгөртүлгөн жок. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <source>The list of trusted agency keys ({path}) is damaged.</source>
      <translation type="vanished">Агенттиктин ишенимдүү ачкычтарынын тизмеси ({path}) бузулган.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="191" />
      <source>The merger sheet names the new code {code}, which is not in the workbook; nothing was built.</source>
      <translation>Бириктирүү баракчасында китепте жок {code} жаңы коду көрсөтүлгөн; эч нерсе түзүлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="215" />
      <source>The municipality directory has no valid СОАТЕ code (14 digits beginning with 417){examples}; nothing was changed, the old directory is kept.</source>
      <translation>Муниципалитеттер маалымдамасында бир да жарактуу СОАТЕ коду жок (417 менен башталган 14 сан){examples}; эч нерсе өзгөргөн жок, мурунку маалымдама сакталды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="171" />
      <source>The municipality directory has no СОАТЕ code or name column.</source>
      <translation>Муниципалитеттер маалымдамасында СОАТЕ коду же аталыш мамычасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="159" />
      <source>The municipality directory holds no municipality; nothing was changed.</source>
      <translation>Муниципалитеттер маалымдамасында бир да муниципалитет жок; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="147" />
      <source>The municipality directory is not UTF-8 text.</source>
      <translation>Муниципалитеттер маалымдамасы UTF-8 коддоосунда эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="152" />
      <source>The municipality directory is not readable JSON.</source>
      <translation>Муниципалитеттер маалымдамасы окулбаган JSON.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/checks.py" line="216" />
      <source>The municipality's name, rayon or oblast is missing or longer than %n character(s).</source>
      <translation>
        <numerusform>Муниципалитеттин аталышы, району же облусу жок же %n белгиден узун.</numerusform>
        <numerusform>Муниципалитеттин аталышы, району же облусу жок же %n белгиден узун.</numerusform>
      </translation>
    </message>
    <message>
      <source>The municipality's name, rayon or oblast is missing or longer than {n} characters.</source>
      <translation type="vanished">Муниципалитеттин аталышы, району же облусу жок же {n} белгиден узун.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="371" />
      <source>The number {number} is used twice (also in row {other}).</source>
      <translation>{number} номери эки жолу колдонулган ({other}-сапта да).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="163" />
      <source>The object {number} is already written off or sold.</source>
      <translation>{number} объекти мурунтан эсептен чыгарылган же сатылган.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_offer.py" line="208" />
      <source>The offered plan package is larger than a plan can be ({size} bytes); it was not downloaded.</source>
      <translation>Сунушталган пландын пакети план боло ала тургандан чоң ({size} байт); ал жүктөлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="202" />
      <source>The old code {code} is in neither the previous directory nor the workbook, and the merger sheet gives no name for it; nothing was built.</source>
      <translation>{code} эски коду мурунку маалымдамада да, китепте да жок, бириктирүү баракчасында анын аталышы берилген эмес; эч нерсе түзүлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/outgoing.py" line="39" />
      <source>The outgoing number is longer than {limit} characters.</source>
      <translation>Чыгыш номери {limit} белгиден узун.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="55" />
      <source>The package contains a file with an invalid name: {name}</source>
      <translation>Пакетте жараксыз аталыштагы файл бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="381" />
      <source>The package contains a path that escapes its folder: {name}</source>
      <translation>Пакетте папкадан сыртка чыккан жол бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="307" />
      <source>The package contains a symbolic link: {name}</source>
      <translation>Пакетте символдук шилтеме бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="59" />
      <source>The package contains an absolute path: {name}</source>
      <translation>Пакетте абсолюттук жол бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="309" />
      <source>The package contains an encrypted file: {name}</source>
      <translation>Пакетте шифрленген файл бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="304" />
      <source>The package contains the file {name} twice.</source>
      <translation>{name} файлы пакетте эки жолу кездешет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="423" />
      <source>The package could not be read ({kind}); it was not consolidated.</source>
      <translation>Пакетти окуу мүмкүн болгон жок ({kind}); ал жыйынтыкка кошулган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="209" />
      <source>The package does not say which municipality sent it.</source>
      <translation>Пакет аны кайсы муниципалитет жөнөткөнүн айтпайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="130" />
      <source>The package does not say which version of the plan it follows.</source>
      <translation>Пакет пландын кайсы версиясын карманарын айтпайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="203" />
      <source>The package follows the plan {plan}, which the agency does not have; give collect that plan (--plan).</source>
      <translation>Пакет {plan} планын карманат, ал агенттикте жок; чогултууга ошол планды бериңиз (--plan).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="133" />
      <source>The package follows version {version} of the plan; the agency has only version {have}. Give collect the newer plan (--plan).</source>
      <translation>Пакет пландын {version}-версиясын карманат; агенттикте {have}-версиясы гана бар. Чогултууга жаңы планды бериңиз (--plan).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="131" />
      <source>The package has a file its manifest does not list: {name}</source>
      <translation>Пакетте манифестте көрсөтүлбөгөн файл бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="370" />
      <source>The package has no file {name}.</source>
      <translation>Пакетте {name} файлы жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="304" />
      <source>The package has no summary.</source>
      <translation>Пакетте жыйынтык жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="295" />
      <source>The package has too many files ({n}).</source>
      <translation>Пакетте файлдар өтө көп ({n}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="200" />
      <source>The package holds archives nested more than {n} deep (file {name}).</source>
      <translation>Пакетте архивдер бири-биринин ичинде {n} деңгээлден тереңирээк салынган ({name} файлы).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="154" />
      <source>The package is not signed (missing file {name}).</source>
      <translation>Пакетке кол коюлган эмес ({name} файлы жок).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="159" />
      <source>The package is signed with a different key than the one registered for this municipality (fingerprint {fingerprint}).</source>
      <translation>Пакетке бул муниципалитет үчүн катталган ачкыч менен эмес, башка ачкыч менен кол коюлган (изи {fingerprint}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="317" />
      <source>The package is too large when unpacked.</source>
      <translation>Пакет ачылганда өтө чоң болот.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/checks.py" line="148" />
      <source>The package lists %n measure(s); the plan has only {max}.</source>
      <translation>
        <numerusform>Пакетте %n чара бар; планда болгону {max}.</numerusform>
        <numerusform>Пакетте %n чара бар; планда болгону {max}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="144" />
      <source>The package lists no measures.</source>
      <translation>Пакетте бир да чара жок.</translation>
    </message>
    <message>
      <source>The package lists {n} measures; the plan has only {max}.</source>
      <translation type="vanished">Пакетте {n} чара бар; планда болгону {max}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="182" />
      <source>The package looks like a zip bomb (file {name} expands too much).</source>
      <translation>Пакет «zip-бомбага» окшош ({name} файлы ачылганда өтө чоңоюп кетет).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="121" />
      <source>The package names the plan {plan}, not {expected}.</source>
      <translation>Пакет {expected} эмес, {plan} планын атайт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="311" />
      <source>The package uses an unsupported compression: {name}</source>
      <translation>Пакетте колдоого алынбаган кысуу колдонулган: {name}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="384" />
      <source>The package was damaged on the way (its SHA-256 does not match); send it again.</source>
      <translation>Пакет жолдо бузулду (анын SHA-256 дал келбейт); кайра жөнөтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="402" />
      <source>The package was refused: {reason}</source>
      <translation>Пакет кабыл алынган жок: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="269" />
      <source>The package's creation time is not a date and time.</source>
      <translation>Пакеттин түзүлгөн убактысы дата жана убакыт эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="109" />
      <source>The package's data cannot be read: {detail}</source>
      <translation>Пакеттин маалыматтарын окуу мүмкүн эмес: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="188" />
      <source>The package's data does not match its manifest.</source>
      <translation>Пакеттин маалыматтары анын манифестине дал келбейт.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="115" />
      <source>The package's data is not a record of a report.</source>
      <translation>Пакеттин маалыматтары отчеттун жазуусу эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="182" />
      <source>The package's data.json is not valid: {detail}</source>
      <translation>Пакеттин data.json файлы жараксыз: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="335" />
      <source>The package's file name was changed; its receipt cannot be matched.</source>
      <translation>Пакеттин файлынын аты өзгөртүлгөн; анын тил катын салыштырууга болбойт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="121" />
      <source>The package's manifest is damaged (tampered file).</source>
      <translation>Пакеттин манифести бузулган (файл өзгөртүлгөн).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="128" />
      <source>The package's manifest is not valid: {detail}</source>
      <translation>Пакеттин манифести жараксыз: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="120" />
      <source>The package's manifest is too large.</source>
      <translation>Пакеттин манифести өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="320" />
      <source>The package's summary does not match its measures (it claims {claimed} reported, the measures show {actual}).</source>
      <translation>Пакеттин жыйынтыгы анын чараларына дал келбейт (ал {claimed} отчет берилди дейт, чаралар {actual} көрсөтөт).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="330" />
      <source>The package's summary does not match its measures (money {claimed}, the measures show {actual}).</source>
      <translation>Пакеттин жыйынтыгы анын чараларына дал келбейт (акча {claimed}, чаралар {actual} көрсөтөт).</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="151" />
      <source>The passphrase does not open the agency's signing key; nothing was signed.</source>
      <translation>Сырсөз агенттиктин кол коюу ачкычын ачпайт; эч нерсеге кол коюлган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="125" />
      <source>The password file {path} is empty.</source>
      <translation>{path} сырсөз файлы бош.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="199" />
      <source>The period {period} has not begun yet (today is {today}).</source>
      <translation>{period} мезгили али башталган жок (бүгүн {today}).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="191" />
      <source>The period {period} is not a reporting period of the plan {plan}.</source>
      <translation>{period} мезгили {plan} планынын отчеттук мезгили эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="452" />
      <source>The period {period} is not a reporting period of the plan.</source>
      <translation>{period} мезгили пландын отчеттук мезгили эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="310" />
      <source>The plan id {value} must be latin lower-case words joined by dashes.</source>
      <translation>Пландын идентификатору {value} латын кичине тамгалары менен, сызычалар аркылуу жазылышы керек.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="252" />
      <source>The plan in the package does not match its manifest.</source>
      <translation>Пакеттеги план манифестке дал келбейт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="246" />
      <source>The plan in the package is not readable.</source>
      <translation>Пакеттеги план окулбайт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="248" />
      <source>The plan in the package is not valid: {detail}</source>
      <translation>Пакеттеги план жараксыз: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="152" />
      <source>The plan package carries a form this version of the app does not know: {name}</source>
      <translation>План топтомунда программанын бул версиясы тааныбаган форма бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="196" />
      <source>The plan package carries a key-rotation document without its signature; it was refused and nothing was changed.</source>
      <translation>План пакетинде ачкычты алмаштыруу документи бар, бирок анын кол тамгасы жок; пакет четке кагылды, эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="117" />
      <source>The plan package contains a file that its manifest does not list: {name}</source>
      <translation>План пакетинде манифестте көрсөтүлбөгөн файл бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="102" />
      <source>The plan package has format version {version}, which this version of the app does not know. Install a newer MSU Desktop.</source>
      <translation>План пакетинин форматынын {version}-версиясы программанын бул версиясына белгисиз. MSU Desktop программасынын жаңыраак версиясын орнотуңуз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="142" />
      <source>The plan package has no report form (forms/report_rules.json) and this version of the app has none for the plan {plan}, so no report could be filled in; it was refused.</source>
      <translation>План топтомунда отчеттун формасы (forms/report_rules.json) жок, ал эми программанын бул версиясында {plan} планы үчүн форма жок, ошондуктан отчетту толтуруу мүмкүн болмок эмес; топтом четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="120" />
      <source>The plan package is incomplete: {name} is missing.</source>
      <translation>План пакети толук эмес: {name} жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="234" />
      <source>The plan package is not signed by a trusted agency key; it was refused.</source>
      <translation>План пакетине агенттиктин ишенимдүү ачкычы менен кол коюлган эмес; ал четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="229" />
      <source>The plan package is not signed; it was refused.</source>
      <translation>План пакетине кол коюлган эмес; ал четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="113" />
      <source>The plan package was changed after it was signed (the agency's signature does not match); it was refused.</source>
      <translation>План пакети кол коюлгандан кийин өзгөртүлгөн (агенттиктин кол тамгасы дал келбейт); ал четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="203" />
      <source>The plan package was refused and nothing was changed: {reason}</source>
      <translation>План пакети четке кагылды, эч нерсе өзгөргөн жок: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="86" />
      <source>The plan package was refused: {reason}</source>
      <translation>План пакети четке кагылды: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="98" />
      <source>The plan package's manifest is not readable.</source>
      <translation>План пакетинин манифести окулбайт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="107" />
      <source>The plan package's manifest is not valid: {detail}</source>
      <translation>План пакетинин манифести жараксыз: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="95" />
      <source>The plan package's manifest is too large; the package was refused.</source>
      <translation>План пакетинин манифести өтө чоң; пакет четке кагылды.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_build.py" line="55" />
      <source>The plan's version ({version}) must be greater than the previous package's ({previous}).</source>
      <translation>Пландын версиясы ({version}) мурунку пакеттин версиясынан ({previous}) чоң болушу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="179" />
      <source>The predecessor's database in {path} cannot be read: {reason} Nothing was changed.</source>
      <translation>{path} ичиндеги мурунку муниципалитеттин маалымат базасын окуу мүмкүн эмес: {reason} Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="155" />
      <source>The private key cannot be opened: wrong password or damaged key file.</source>
      <translation>Жабык ачкыч ачылбайт: сырсөз туура эмес же ачкыч файлы бузулган.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="159" />
      <source>The private key is not an Ed25519 key.</source>
      <translation>Жабык ачкыч Ed25519 ачкычы эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="151" />
      <source>The private key is password-protected: a password is needed.</source>
      <translation>Жабык ачкыч сырсөз менен корголгон: сырсөз керек.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="174" />
      <source>The programme text in the package belongs to another plan ({other}).</source>
      <translation>Топтомдогу программанын тексти башка планга таандык ({other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_service.py" line="134" />
      <source>The programme {plan} is not installed.</source>
      <translation>{plan} программасы орнотулган эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="102" />
      <source>The public key file has no key line.</source>
      <translation>Ачык ачкыч файлында ачкыч сабы жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="98" />
      <source>The public key file is empty.</source>
      <translation>Ачык ачкыч файлы бош.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="67" />
      <source>The public key has the wrong length.</source>
      <translation>Ачык ачкычтын узундугу туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="149" />
      <source>The receipt is damaged and cannot be read.</source>
      <translation>Тил кат бузулган, аны окууга болбойт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="189" />
      <source>The receipt is for another package (a replayed or mixed-up receipt).</source>
      <translation>Тил кат башка пакетке тиешелүү (кайталанган же алмашып кеткен тил кат).</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="274" />
      <source>The receipt is not signed by the agency's inbox (forged or damaged): {reason}</source>
      <translation>Тил катка агенттиктин кабыл алуу кутусу кол койгон эмес (жасалма же бузулган): {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="147" />
      <source>The receipt is too large to be a receipt.</source>
      <translation>Тил кат болуш үчүн бул файл өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="191" />
      <source>The receipt names another municipality, period or sequence than the package sent.</source>
      <translation>Тил катта жөнөтүлгөн пакеттикинен башка муниципалитет, мезгил же катар номери көрсөтүлгөн.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="289" />
      <source>The receipt's signed comment does not match its content.</source>
      <translation>Тил каттын кол коюлган түшүндүрмөсү анын мазмунуна дал келбейт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="38" />
      <source>The rent cannot be negative.</source>
      <translation>Ижара акысы терс болбошу керек.</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="175" />
      <source>The reply file is damaged and cannot be read.</source>
      <translation>Жооп файлы бузулган, аны окууга болбойт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="550" />
      <source>The reply file's signed comment does not match its content.</source>
      <translation>Жооп файлынын кол коюлган түшүндүрмөсү анын мазмунуна дал келбейт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="584" />
      <source>The reply is older than a decision already recorded (replayed); nothing was changed.</source>
      <translation>Бул жооп мурда жазылган чечимден эскирээк (кайталанган); эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The reply speaks of a package this office never sent (sequence {seq}); nothing was changed.</source>
      <translation type="vanished">Жоопто бул кеңсе эч качан жөнөтпөгөн пакет айтылат ({seq} катар номери); эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="183" />
      <source>The report form in the package is written for other plans ({other}).</source>
      <translation>Топтомдогу отчеттун формасы башка пландар үчүн түзүлгөн ({other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="280" />
      <source>The server answered {code}.</source>
      <translation>Сервер {code} коду менен жооп берди.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="277" />
      <source>The server answered {code}: {reason}</source>
      <translation>Сервер {code} деп жооп берди: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="283" />
      <source>The setting {key} is empty.</source>
      <translation>{key} жөндөөсү бош.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/import_read.py" line="132" />
      <source>The sheet has more than %n row(s).</source>
      <translation>
        <numerusform>Баракта %n саптан ашык бар.</numerusform>
        <numerusform>Баракта %n саптан ашык бар.</numerusform>
      </translation>
    </message>
    <message>
      <source>The sheet has more than {n} rows.</source>
      <translation type="vanished">Баракта {n} саптан ашык бар.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="228" />
      <source>The signature does not match: the file was changed or forged.</source>
      <translation>Кол тамга дал келбейт: файл өзгөртүлгөн же жасалма.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="193" />
      <source>The signature file is not in minisign format.</source>
      <translation>Кол тамга файлы minisign форматында эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="190" />
      <source>The signature file is too large to be a signature.</source>
      <translation>Кол тамга файлы өтө чоң, бул кол тамга эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="196" />
      <source>The signature has the wrong length.</source>
      <translation>Кол тамганын узундугу туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="199" />
      <source>The signature uses an unknown algorithm.</source>
      <translation>Кол тамга белгисиз алгоритмди колдонот.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="220" />
      <source>The signature was made with a different key than the trusted one.</source>
      <translation>Кол тамга ишенимдүү ачкыч менен эмес, башка ачкыч менен коюлган.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="234" />
      <source>The signed comment was changed: the signature is not valid.</source>
      <translation>Кол коюлган комментарий өзгөртүлгөн: кол тамга жараксыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="143" />
      <source>The signing key {path} is not on this computer (it is kept offline): insert its stick and give --key.</source>
      <translation>Кол коюу ачкычы {path} бул компьютерде жок (ал тармактан тышкары сакталат): анын флешкасын салып, --key бериңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="437" />
      <source>The table has no measures.</source>
      <translation>Таблицада иш-чаралар жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="91" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Бул план үчүн программанын тексти жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="380" />
      <source>The title is empty.</source>
      <translation>Аталышы бош.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="202" />
      <source>The trusted comment signature has the wrong length.</source>
      <translation>Ишенимдүү комментарийдин кол тамгасынын узундугу туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="131" />
      <source>The two passwords differ.</source>
      <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/valuation.py" line="23" />
      <source>The value cannot be negative.</source>
      <translation>Нарк терс болбошу керек.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="202" />
      <source>The workbook has no sheet {sheets}; start from msu-agency plan template.</source>
      <translation>Китепте {sheets} барагы жок; msu-agency plan template менен баштаңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="151" />
      <source>There is no database to back up in {path}.</source>
      <translation>{path} ичинде камдык көчүрмө жасала турган маалыматтар базасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/valuation.py" line="27" />
      <source>There is no property object {id}.</source>
      <translation>{id} мүлк объекти жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="113" />
      <source>There is no such lease.</source>
      <translation>Мындай ижара келишими жок.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="36" />
      <source>There is not enough free space on {path}. Free some space or choose another drive; nothing was changed.</source>
      <translation>{path} дискинде бош орун жетишсиз. Орун бошотуңуз же башка дискти тандаңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="231" />
      <source>This database was created by a newer version of MSU Desktop (schema {revision}). Install the newer version; the database has not been changed.</source>
      <translation>Бул маалыматтар базасы MSU Desktop программасынын жаңыраак версиясында түзүлгөн (схема {revision}). Жаңы версияны орнотуңуз; маалыматтар базасы өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="227" />
      <source>This file cannot be read: {path}: {reason}. Open it in Excel or LibreOffice, save it again as an Excel workbook (.xlsx) and import that copy.</source>
      <translation>Бул файлды окулбайт: {path}: {reason}. Аны Excel же LibreOffice менен ачып, Excel китеби (.xlsx) катары кайра сактаңыз жана ошол көчүрмөнү импорттоңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="223" />
      <source>This fingerprint is already expected for {other}; one key signs for one municipality only.</source>
      <translation>Бул манжа изи {other} үчүн күтүлүүдө; бир ачкыч бир гана муниципалитет үчүн кол коёт.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="230" />
      <source>This fingerprint is already registered for {other}; one key signs for one municipality only.</source>
      <translation>Бул манжа изи {other} үчүн катталган; бир ачкыч бир гана муниципалитет үчүн кол коёт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="243" />
      <source>This is not a decision of the agency's inbox.</source>
      <translation>Бул агенттиктин кабыл алуу кутусунун чечими эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="79" />
      <source>This is not a directory package (it has no manifest): {name}</source>
      <translation>Бул маалымдама пакети эмес (манифести жок): {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="101" />
      <source>This is not a directory package: {name}</source>
      <translation>Бул маалымдама пакети эмес: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="324" />
      <source>This is not a hold of the agency's inbox.</source>
      <translation>Бул агенттиктин кабыл алуу кутусунун кармоо документи эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="279" />
      <source>This is not a package, or the file is truncated or damaged: {path}</source>
      <translation>Бул пакет эмес, же файл кесилген же бузулган: {path}</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="148" />
      <source>This is not a receipt of the agency's inbox.</source>
      <translation>Бул агенттиктин кабыл алуу кутусунун тил каты эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="149" />
      <source>This is not a reply file of the agency.</source>
      <translation>Бул агенттиктин жооп файлы эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="119" />
      <source>This is not a report package (it has no manifest).</source>
      <translation>Бул отчет пакети эмес (манифести жок).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="124" />
      <source>This is not a report package (unknown manifest).</source>
      <translation>Бул отчет пакети эмес (белгисиз манифест).</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="91" />
      <source>This is not an Ed25519 minisign public key.</source>
      <translation>Бул minisign Ed25519 ачык ачкычы эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="246" />
      <source>This key is already registered for {other}; one key signs for one municipality only.</source>
      <translation>Бул ачкыч {other} үчүн катталган; бир ачкыч бир гана муниципалитет үчүн кол коёт.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="215" />
      <source>This key is already the registered key of {soate}.</source>
      <translation>Бул ачкыч {soate} муниципалитетинин катталган ачкычы болуп турат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="101" />
      <source>This key is already trusted for another purpose; one key does one job only.</source>
      <translation>Бул ачкычка башка максат үчүн ишеним көрсөтүлгөн; бир ачкыч бир гана ишти аткарат.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="256" />
      <source>This package holds version {version} of the plan, but version {installed} is already installed. An older or the same version is never installed again.</source>
      <translation>Пакетте пландын {version}-версиясы, бирок {installed}-версиясы мурунтан орнотулган. Эскирээк же ошол эле версия кайра орнотулбайт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="552" />
      <source>This reply is for another municipality (СОАТЕ {other}), not for this office ({mine}); nothing was changed.</source>
      <translation>Бул жооп башка муниципалитетке (СОАТЕ {other}) арналган, бул кеңсеге ({mine}) эмес; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="406" />
      <source>Too many uploads signed by this key in one minute; the outbox tries again by itself.</source>
      <translation>Бул ачкыч менен бир мүнөттө өтө көп жүктөө болду; жөнөтүү кутусу өзү кайра аракет кылат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="120" />
      <source>Type the whole fingerprint (32 characters) from the agency's letter.</source>
      <translation>Агенттиктин катындагы ачкычтын изин толук (32 белги) киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="209" />
      <source>Type the whole fingerprint (32 characters) from the municipality's stamped paper report.</source>
      <translation>Муниципалитеттин мөөр басылган кагаз отчетундагы ачкычтын изин толук (32 белги) териңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/decisions.py" line="30" />
      <source>Unknown kind of decision {kind}.</source>
      <translation>Чечимдин белгисиз түрү {kind}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="125" />
      <source>Unknown package format version {version}; a newer MSU Desktop is needed.</source>
      <translation>Пакет форматынын белгисиз версиясы {version}; MSU Desktop программасынын жаңыраак версиясы керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="55" />
      <source>Unknown property category {category}.</source>
      <translation>Мүлктүн белгисиз категориясы {category}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="40" />
      <source>Unknown rent period {period}.</source>
      <translation>Ижара акысынын белгисиз мезгили {period}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="89" />
      <source>Use a passphrase of at least {n} characters for {what}.</source>
      <translation>{what} үчүн кеминде {n} белгиден турган сырсөз айкашын колдонуңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="133" />
      <source>Use a password of at least 8 characters.</source>
      <translation>Кеминде 8 белгиден турган сырсөздү колдонуңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="59" />
      <source>Version {version} of this plan is not newer than the installed version {installed}; raise the version in the sheet programme.</source>
      <translation>Бул пландын {version} версиясы орнотулган {installed} версиядан жаңы эмес; programme барагында версияны көбөйтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="223" />
      <source>Write a comment as MEASURE=TEXT, e.g. 1.1.3=…</source>
      <translation>Түшүндүрмөнү ИШ-ЧАРА=ТЕКСТ түрүндө жазыңыз, мисалы 1.1.3=…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="221" />
      <source>{bad} of the {total} СОАТЕ codes in the municipality directory are not valid (14 digits beginning with 417), e.g. {examples}; nothing was changed, the old directory is kept.</source>
      <translation>Муниципалитеттер маалымдамасындагы {total} СОАТЕ кодунун {bad} жараксыз (417 менен башталган 14 сан болушу керек), мисалы: {examples}; эч нерсе өзгөргөн жок, мурунку маалымдама сакталды.</translation>
    </message>
    <message>
      <source>{field} cannot be negative.</source>
      <translation type="vanished">{field} терс болбошу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="54" />
      <source>{field}: longer than {n} characters.</source>
      <translation>{field}: {n} белгиден узун.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="249" />
      <source>{lines} The register of {name} was not brought in: correct the rows named and try again. Nothing was changed.</source>
      <translation>{lines} {name} реестри көчүрүлгөн жок: аталган саптарды оңдоп, кайра аракет кылыңыз. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="122" />
      <source>{name} contains XML entity definitions, which no Excel workbook has (an entity bomb). Nothing was imported.</source>
      <translation>{name} ичинде XML entity аныктамалары бар, алар эч бир Excel китебинде болбойт (entity бомбасы). Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="209" />
      <source>{name} does not contain a database.</source>
      <translation>{name} ичинде маалыматтар базасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="283" />
      <source>{name} does not hold an MSU Desktop database: the database in it belongs to another program. Nothing was changed.</source>
      <translation>{name} ичинде MSU Desktop программасынын маалыматтар базасы жок: андагы база башка программага таандык. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="400" />
      <source>{name} holds the data of another municipality ({backup_of}); this data folder belongs to {current}. Nothing was changed.</source>
      <translation>{name} башка муниципалитеттин маалыматтарын камтыйт ({backup_of}); бул маалыматтар папкасы {current} муниципалитетине таандык. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <source>{name} is damaged: its database fails the integrity check ({detail}).</source>
      <translation type="vanished">{name} бузулган: анын маалыматтар базасы бүтүндүк текшерүүсүнөн өтпөйт ({detail}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="296" />
      <source>{name} is damaged: its database fails the integrity check. Nothing was changed.</source>
      <translation>{name} бузулган: андагы маалыматтар базасы бүтүндүк текшерүүсүнөн өткөн жок. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="251" />
      <source>{name} is damaged: the file {file} does not match its checksum.</source>
      <translation>{name} бузулган: {file} файлы текшерүү суммасына дал келбейт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="239" />
      <source>{name} is incomplete or was changed (file {file}).</source>
      <translation>{name} толук эмес же өзгөртүлгөн ({file} файлы).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="226" />
      <source>{name} is not a usable backup: {detail}</source>
      <translation>{name} — жараксыз камдык көчүрмө: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="266" />
      <source>{name} is not an MSU Desktop backup.</source>
      <translation>{name} MSU Desktop программасынын камдык көчүрмөсү эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="402" />
      <source>{name} is not in the glossary of organisations.</source>
      <translation>{name} уюмдардын тизмесинде жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="43" />
      <source>{name} is {kind}, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it as «Excel Workbook (.xlsx)», then import that file.</source>
      <translation>{name} — бул {kind}, Excel китеби (.xlsx) эмес. Аны Excel же LibreOffice менен ачып, «Excel китеби (.xlsx)» катары сактаңыз, анан ошол файлды импорттоңуз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="289" />
      <source>{name} was made by a newer version of MSU Desktop (schema {revision}). Install that version to restore it; nothing was changed.</source>
      <translation>{name} MSU Desktop программасынын жаңыраак версиясында түзүлгөн (схема {revision}). Аны калыбына келтирүү үчүн ошол версияны орнотуңуз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="204" />
      <source>{name} was made by another version of MSU Desktop and cannot be read.</source>
      <translation>{name} MSU Desktop программасынын башка версиясында түзүлгөн жана окулбайт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="106" />
      <source>{name} would take more than {mb} MB once unpacked: it is damaged or not a register. Nothing was imported.</source>
      <translation>{name} ачылганда {mb} МБдан ашык орун алмак: ал бузулган же реестр эмес. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="430" />
      <source>{number} is in this sheet but missing from the sheet {other}.</source>
      <translation>{number} бул баракта бар, бирок {other} барагында жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="140" />
      <source>{path} exists already; a key is never overwritten.</source>
      <translation>{path} мурунтан бар; ачкыч эч качан кайра жазылбайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="83" />
      <source>{path} exists already; nothing was written.</source>
      <translation>{path} мурдатан бар; эч нерсе жазылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="240" />
      <source>{path} has no visible sheet.</source>
      <translation>{path} файлында көрүнгөн барак жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="352" />
      <source>{path} holds no municipality: it is not a predecessor's data; nothing was changed.</source>
      <translation>{path} ичинде муниципалитет жок: бул мурунку муниципалитеттин маалыматы эмес; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="245" />
      <source>{path} is not a Word document (.docx) that can be read.</source>
      <translation>{path} окула турган Word документи (.docx) эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="162" />
      <source>{path} is not a data folder of MSU Desktop (it has no {file}); nothing was changed.</source>
      <translation>{path} MSU Desktop маалымат папкасы эмес (анда {file} жок); эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_build.py" line="107" />
      <source>{path} is not a plan file.</source>
      <translation>{path} план файлы эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="194" />
      <source>{path} is not an Action Plan workbook (.xlsx) that can be read.</source>
      <translation>{path} окула турган Иш-аракеттер планынын китеби (.xlsx) эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="221" />
      <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
      <translation>{path} окула турган Excel китеби (.xlsx) эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="111" />
      <source>{path}: no aiyl aimak or city with a 14-digit СОАТЕ code was found{examples}.</source>
      <translation>{path}: 14 орундуу СОАТЕ коду бар бир да айыл аймагы же шаар табылган жок{examples}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="133" />
      <source>{problem}</source>
      <translation>{problem}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="54" />
      <source>{problem} To restore it anyway, add --other-municipality.</source>
      <translation>{problem} Баары бир калыбына келтирүү үчүн --other-municipality кошуңуз.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="128" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="341" />
      <source>{value} is not a date (31.12.2028).</source>
      <translation>{value} дата эмес (31.12.2028).</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="361" />
      <source>{value} is not a number of the plan (1, 1.1, 1.1.1).</source>
      <translation>{value} пландын номери эмес (1, 1.1, 1.1.1).</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="301" />
      <source>{value} is not a whole number here.</source>
      <translation>{value} бул жерде бүтүн сан эмес.</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="187" />
      <source>{what} is not a readable JSON file: {detail}</source>
      <translation>{what}: файл JSON катары окулбайт: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="82" />
      <source>{what} is not valid: at {where}: {detail}</source>
      <translation>{what}: маалыматта ката бар, орду {where}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="196" />
      <source>{what} was not found: {path}</source>
      <translation>{what}: табылган жок: {path}</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="73" />
      <source>{what}: no header row with the columns {columns} was found in the first 30 rows.</source>
      <translation>{what}: алгачкы 30 саптан {columns} мамычалары бар баш сап табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="164" />
      <source>{where}: «{code}» is not a 14-digit СОАТЕ code; nothing was built.</source>
      <translation>{where}: «{code}» 14 орундуу СОАТЕ коду эмес; эч нерсе түзүлгөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="138" />
      <source>{where}: «{value}» is not a date.</source>
      <translation>{where}: «{value}» дата эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="56" />
      <source>«{text}» is not a date (YYYY-MM-DD).</source>
      <translation>«{text}» дата эмес (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/outgoing.py" line="45" />
      <source>«{typed}» is not a date: write the outgoing date as DD.MM.YYYY.</source>
      <translation>«{typed}» — күн эмес: чыгыш катынын күнүн КК.АА.ЖЖЖЖ түрүндө жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="151" />
      <source>(continued)</source>
      <translation>(уландысы)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="103" />
      <source>Annex No. {annex}</source>
      <translation>№ {annex} тиркеме</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="490" />
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="114" />
      <source>Dates, document, files</source>
      <translation>Мөөнөттөр, документ, файлдар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="233" />
      <source>Deadline</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="49" />
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="139" />
      <source>Done.</source>
      <translation>Даяр.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="495" />
      <source>Electronic package fingerprint</source>
      <translation>Электрондук пакеттин изи</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="47" />
      <source>End</source>
      <translation>Аякташы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="52" />
      <source>Files</source>
      <translation>Файлдар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="481" />
      <source>Head of the aiyl okmotu</source>
      <translation>Айыл өкмөтүнүн башчысы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="236" />
      <source>Indicators</source>
      <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="123" />
      <source>Laying out the pages…</source>
      <translation>Барактар жайгаштырылууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="122" />
      <source>Mayor</source>
      <translation>Мэр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="232" />
      <source>Measure</source>
      <translation>Чара</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="95" />
      <source>Measures: {total}, reported: {reported}, deadline passed: {missed}. Money spent: {money} som.</source>
      <translation>Чаралар: {total}, отчет берилди: {reported}, мөөнөтү өттү: {missed}. Сарпталды: {money} сом.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="151" />
      <source>Money, som</source>
      <translation>Каражат, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="231" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="491" />
      <source>Place for the seal</source>
      <translation>М.О.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="238" />
      <source>Problems</source>
      <translation>Көйгөйлөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="117" />
      <source>Problems and proposals</source>
      <translation>Көйгөйлөр жана сунуштар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="145" />
      <source>Programme text</source>
      <translation>Программанын тексти</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="239" />
      <source>Proposals</source>
      <translation>Сунуштар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="221" />
      <source>Report</source>
      <translation>Отчет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="222" />
      <source>Report on the implementation of the Action Plan for {period}</source>
      <translation>{period} боюнча Иш-аракеттер планынын аткарылышы тууралуу отчет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="486" />
      <source>Responsible secretary</source>
      <translation>Жооптуу катчы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="487" />
      <source>Signature</source>
      <translation>Колу</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="45" />
      <source>Start</source>
      <translation>Башталышы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="234" />
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="114" />
      <source>To: {agency}</source>
      <translation>Кимге: {agency}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="279" />
      <source>Total</source>
      <translation>Бардыгы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="151" />
      <source>User guide</source>
      <translation>Колдонмо</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="235" />
      <source>What was done</source>
      <translation>Эмне аткарылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="159" />
      <source>deadline passed</source>
      <translation>мөөнөтү өттү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/pdf_layout.py" line="494" />
      <source>not approved</source>
      <translation>бекитиле элек</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="31" />
      <source>not reported</source>
      <translation>отчет жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="464" />
      <source>page {n} of {total}</source>
      <translation>{total} беттин {n}-бети</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="301" />
      <source>report for {period}</source>
      <translation>{period} боюнча отчет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="237" />
      <source>som</source>
      <translation>сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="104" />
      <source>to the letter ref. No. {number} of {date}</source>
      <translation>{date} № {number} чыгыш катка</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="65" />
      <source>СОАТЕ</source>
      <translation>СОАТЕ</translation>
    </message>
  </context>
  <context>
    <name>FieldRow</name>
    <message>
      <location filename="msu_desktop/gui/report/field_row.py" line="192" />
      <source>Carried forward from the previous period</source>
      <translation>Мурунку мезгилден өткөрүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/field_row.py" line="71" />
      <source>Comments on this value</source>
      <translation>Бул маани боюнча комментарийлер</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/field_row.py" line="60" />
      <source>History of this value</source>
      <translation>Бул маанинин тарыхы</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="80" />
      <source>The Kyrgyz names of oblasts and rayons</source>
      <translation>Облустардын жана райондордун кыргызча аталыштары</translation>
    </message>
    <message>
      <source>The import column names</source>
      <translation type="vanished">Импорт үчүн мамычалардын аталыштары</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="154" />
      <source>The municipality directory</source>
      <translation>Муниципалитеттер маалымдамасы</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="227" />
      <source>The plan file</source>
      <translation>План файлы</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="249" />
      <source>The programme text</source>
      <translation>Программанын тексти</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="165" />
      <source>The property categories</source>
      <translation>Мүлктүн категориялары</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="50" />
      <source>The property register's fields</source>
      <translation>Мүлк реестринин талаалары</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="241" />
      <source>The report form rules</source>
      <translation>Отчет формасынын эрежелери</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="122" />
      <source>a field this format does not have ({field})</source>
      <translation>бул форматта жок талаа ({field})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="95" />
      <source>a group of fields</source>
      <translation>талаалардын тобу</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="96" />
      <source>a list</source>
      <translation>тизме</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="94" />
      <source>a number</source>
      <translation>сан</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="135" />
      <source>a number above the largest allowed ({limit})</source>
      <translation>уруксат берилген эң чоң сандан чоң сан ({limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="133" />
      <source>a number below the smallest allowed ({limit})</source>
      <translation>уруксат берилген эң кичине сандан кичине сан ({limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="139" />
      <source>a text that is too long (at most {limit} characters)</source>
      <translation>өтө узун текст (эң көп дегенде {limit} белги)</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="137" />
      <source>a text that is too short</source>
      <translation>өтө кыска текст</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="110" />
      <source>a value of the wrong kind ({kind} was expected)</source>
      <translation>туура эмес түрдөгү маани ({kind} күтүлгөн)</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="127" />
      <source>a value that is not one of those allowed ({allowed})</source>
      <translation>уруксат берилгендердин бири эмес маани ({allowed})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="149" />
      <source>a value that is not written in the expected form</source>
      <translation>күтүлгөн формада жазылбаган маани</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="150" />
      <source>a value this format does not allow</source>
      <translation>бул формат уруксат бербеген маани</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="93" />
      <source>a whole number</source>
      <translation>бүтүн сан</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="147" />
      <source>an entry that appears twice</source>
      <translation>эки жолу кайталанган жазуу</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="157" />
      <source>it is not text in UTF-8 (an unreadable byte at position {position})</source>
      <translation>бул UTF-8 коддогу текст эмес ({position}-орундагы байт окулбайт)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="212" />
      <source>line {line}: «{code}»</source>
      <translation>{line}-сап: «{code}»</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="98" />
      <source>nothing</source>
      <translation>бош маани</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="92" />
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="163" />
      <source>the JSON text is broken at line {line}, column {column}</source>
      <translation>JSON тексти {line}-сапта, {column}-тилкеде бузулган</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="170" />
      <source>the JSON text is nested too deeply</source>
      <translation>JSON тексти өтө терең уюштурулган</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="171" />
      <source>the content cannot be read</source>
      <translation>мазмунун окууга болбойт</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="114" />
      <source>the field {field} is missing</source>
      <translation>{field} талаасы жок</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="143" />
      <source>too few entries (at least {limit})</source>
      <translation>жазуулар өтө аз (жок дегенде {limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="145" />
      <source>too many entries (at most {limit})</source>
      <translation>жазуулар өтө көп (эң көп дегенде {limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="97" />
      <source>yes or no</source>
      <translation>ооба же жок</translation>
    </message>
  </context>
  <context>
    <name>FilesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/files_dialog.py" line="40" />
      <source>&amp;Add…</source>
      <translation>&amp;Кошуу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/files_dialog.py" line="76" />
      <source>Photos and documents</source>
      <translation>Сүрөттөр жана документтер</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <location filename="msu_desktop/services/guide.py" line="28" />
      <source>The user guide cannot be read: {path}</source>
      <translation>Колдонмону окуу мүмкүн эмес: {path}</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="msu_desktop/gui/history.py" line="140" />
      <source>Field</source>
      <translation>Талаа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="142" />
      <source>New value</source>
      <translation>Жаңы маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="161" />
      <source>No changes yet.</source>
      <translation>Азырынча өзгөртүү жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="143" />
      <source>Note</source>
      <translation>Эскертүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="141" />
      <source>Old value</source>
      <translation>Мурунку маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="138" />
      <source>When</source>
      <translation>Качан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="139" />
      <source>Who</source>
      <translation>Ким</translation>
    </message>
  </context>
  <context>
    <name>Inbox</name>
    <message>
      <location filename="msu_agency/inbox/store.py" line="700" />
      <source>A newer package of this period has arrived; decide on that one.</source>
      <translation>Бул мезгилдин жаңыраак пакети келди; ошол боюнча чечиңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="97" />
      <source>A staff login is Latin letters and digits (dots and dashes allowed).</source>
      <translation>Кызматкердин логини латын тамгалары жана сандар (чекит жана сызыкча болот).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="130" />
      <source>Download the plan package (.msuplan) for a USB stick</source>
      <translation>Пландын пакетин (.msuplan) флешка үчүн жүктөп алуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="120" />
      <source>No plan is published yet.</source>
      <translation>План азырынча жарыяланган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="131" />
      <source>Offices with an upload address get it by themselves and are asked before it is installed; an office without one imports this file with File → Import a plan package.</source>
      <translation>Жөнөтүү дареги бар кеңселер аны өздөрү алышат жана орнотуудан мурун алардан макулдук суралат; дареги жок кеңсе бул файлды Файл → Пландын пакетин импорттоо аркылуу киргизет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="122" />
      <source>Plan {plan}, version {version}, issued {issued}.</source>
      <translation>План {plan}, {version}-версия, чыгарылган күнү {issued}.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="207" />
      <source>Received, held until your key is confirmed: the agency has not confirmed the key {fingerprint} for your municipality yet. Send the stamped paper report with this fingerprint to the agency; the receipt follows by itself once it is confirmed.</source>
      <translation>Кабыл алынды, ачкычыңыз тастыкталганга чейин кармалып турат: агенттик сиздин муниципалитет үчүн {fingerprint} ачкычын азырынча тастыктай элек. Бул манжа изи бар мөөр басылган кагаз отчётту агенттикке жөнөтүңүз; тастыкталгандан кийин тил кат өзү келет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="705" />
      <source>Say what to correct: a package is returned with at least one comment.</source>
      <translation>Эмнени оңдоо керектигин жазыңыз: пакет жок дегенде бир түшүндүрмө менен кайтарылат.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="208" />
      <source>Send the package file itself as the body (application/zip), not a form.</source>
      <translation>Пакет файлын форма катары эмес, өзүн (application/zip) жөнөтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="75" />
      <source>The agency has not published a plan here yet.</source>
      <translation>Агенттик бул жерде азырынча план жарыялай элек.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="330" />
      <source>The inbox does not accept this method here.</source>
      <translation>Кабыл алуу кутусу бул жерде мындай сурамды кабыл албайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="698" />
      <source>The inbox has no package with this SHA-256.</source>
      <translation>Кабыл алуу кутусунда мындай SHA-256 менен пакет жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="96" />
      <source>The inbox has no plan package with this SHA-256.</source>
      <translation>Кабыл алуу серверинде мындай SHA-256 менен пландын пакети жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="100" />
      <source>The inbox has no such address.</source>
      <translation>Кабыл алуу кутусунда мындай дарек жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="200" />
      <source>The last staff account cannot be removed.</source>
      <translation>Кызматкердин акыркы эсебин өчүрүүгө болбойт.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="175" />
      <source>The login {login} exists already.</source>
      <translation>{login} логини мурунтан бар.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="712" />
      <source>The package has no measure {code}.</source>
      <translation>Пакетте {code} иш-чарасы жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="264" />
      <source>The package is larger than the inbox accepts ({limit} MB).</source>
      <translation>Пакет кабыл алуу кутусу кабыл алгандан чоң ({limit} МБ).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="118" />
      <source>The published plan</source>
      <translation>Жарыяланган план</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="285" />
      <source>The upload was empty.</source>
      <translation>Жүктөлгөн нерсе бош болду.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="211" />
      <source>There is no login {login}.</source>
      <translation>{login} логини жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="304" />
      <source>This is not a package's SHA-256.</source>
      <translation>Бул пакеттин SHA-256 эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="195" />
      <source>Too many refused uploads from this address in one minute; wait a minute.</source>
      <translation>Бул даректен бир мүнөттө өтө көп жүктөө четке кагылды; бир мүнөт күтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="55" />
      <source>Too many requests from this address in one minute; wait a minute.</source>
      <translation>Бул даректен бир мүнөттө суроолор өтө көп; бир мүнөт күтүңүз.</translation>
    </message>
    <message>
      <source>Too many uploads from this municipality in one minute; the outbox tries again by itself.</source>
      <translation type="vanished">Бул муниципалитеттен бир мүнөттө өтө көп жүктөө болду; жөнөтүү кутусу өзү кайра аракет кылат.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/staff.py" line="102" />
      <source>Use a password of at least %n character(s).</source>
      <translation>
        <numerusform>Кеминде %n белгиден турган сырсөз колдонуңуз.</numerusform>
        <numerusform>Кеминде %n белгиден турган сырсөз колдонуңуз.</numerusform>
      </translation>
    </message>
    <message>
      <source>Use a password of at least {n} characters.</source>
      <translation type="vanished">Кеминде {n} белгиден турган сырсөз колдонуңуз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="198" />
      <source>You cannot remove your own account.</source>
      <translation>Өзүңүздүн эсебиңизди өчүрө албайсыз.</translation>
    </message>
  </context>
  <context>
    <name>LeaseDialog</name>
    <message>
      <source>Auction protocol No.:</source>
      <translation>Аукциондун протоколунун №:</translation>
    </message>
    <message>
      <source>Auction protocol date:</source>
      <translation>Аукциондун протоколунун датасы:</translation>
    </message>
    <message>
      <source>Awarded:</source>
      <translation>Берилди:</translation>
    </message>
    <message>
      <source>Contract No.:</source>
      <translation>Келишимдин №:</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Аягы:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="82" />
      <source>Enter the lessee.</source>
      <translation>Ижарачыны жазыңыз.</translation>
    </message>
    <message>
      <source>Lease</source>
      <translation>Ижара</translation>
    </message>
    <message>
      <source>Lessee:</source>
      <translation>Ижарачы:</translation>
    </message>
    <message>
      <source>Reason (direct award):</source>
      <translation>Негизи (аукционсуз):</translation>
    </message>
    <message>
      <source>Rent period:</source>
      <translation>Төлөө мезгили:</translation>
    </message>
    <message>
      <source>Rent, som:</source>
      <translation>Ижара акысы, сом:</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Башталышы:</translation>
    </message>
    <message>
      <source>The lessee is a private person</source>
      <translation>Ижарачы — жеке адам</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="52" />
      <source>by auction</source>
      <translation>аукциондун жыйынтыгы боюнча</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="53" />
      <source>directly</source>
      <translation>аукционсуз</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="47" />
      <source>per month</source>
      <translation>айына</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="48" />
      <source>per quarter</source>
      <translation>чейрегине</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="49" />
      <source>per year</source>
      <translation>жылына</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="320" />
      <source>&amp;About</source>
      <translation>&amp;Программа жөнүндө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="288" />
      <source>&amp;Back up to a USB stick…</source>
      <translation>Флешкага &amp;камдык көчүрмө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="328" />
      <source>&amp;Edit</source>
      <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="277" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="314" />
      <source>&amp;Help</source>
      <translation>&amp;Жардам</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="282" />
      <source>&amp;Import a plan package…</source>
      <translation>План пакетин &amp;импорттоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="296" />
      <source>&amp;Language</source>
      <translation>&amp;Тил</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="278" />
      <source>&amp;Municipality…</source>
      <translation>&amp;Муниципалитет…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="353" />
      <source>&amp;Programme</source>
      <translation>&amp;Программа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="307" />
      <source>&amp;Quit</source>
      <translation>&amp;Чыгуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="335" />
      <source>&amp;Redo</source>
      <translation>&amp;Кайталоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="291" />
      <source>&amp;Restore from a backup…</source>
      <translation>Камдык көчүрмөдөн &amp;калыбына келтирүү…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="332" />
      <source>&amp;Undo</source>
      <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="315" />
      <source>&amp;User guide</source>
      <translation>&amp;Колдонмо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="403" />
      <source>Back up to…</source>
      <translation>Камдык көчүрмөнү сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="408" />
      <source>Backing up…</source>
      <translation>Камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="414" />
      <source>Backup saved and checked: {path}</source>
      <translation>Камдык көчүрмө сакталды жана текшерилди: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="424" />
      <source>Backups (msu-backup-*.zip)</source>
      <translation>Камдык көчүрмөлөр (msu-backup-*.zip)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="285" />
      <source>Import a &amp;reply from the agency…</source>
      <translation>Агенттиктен келген &amp;жоопту импорттоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="180" />
      <source>Import a plan package…</source>
      <translation>План пакетин импорттоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="499" />
      <source>MSU Desktop {version}
Reports on the Local Self-Government Development Programme and the municipal property register.
Data folder: {path}</source>
      <translation>MSU Desktop {version}
Жергиликтүү өз алдынча башкарууну өнүктүрүү программасы боюнча отчеттор жана муниципалдык мүлктүн реестри.
Маалыматтар папкасы: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="112" />
      <source>Not sent: {reason}</source>
      <translation>Жөнөтүлгөн жок: {reason}</translation>
    </message>
    <message>
      <source>Plan {plan} v{version}</source>
      <translation type="vanished">План {plan}, {version}-версия</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="433" />
      <source>Replace the current data with the backup of {date}? The current data is kept aside in the data folder, not deleted.</source>
      <translation>Учурдагы маалыматтарды {date} күнкү камдык көчүрмө менен алмаштырасызбы? Учурдагы маалыматтар папкада сакталып калат, өчүрүлбөйт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="424" />
      <source>Restore from a backup</source>
      <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="452" />
      <source>Restore this other municipality's data anyway?</source>
      <translation>Ушул башка муниципалитеттин маалыматтарын баары бир калыбына келтиресизби?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="476" />
      <source>Restoring the backup…</source>
      <translation>Камдык көчүрмө калыбына келтирилүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="466" />
      <source>The backup was restored. The previous data was kept in {path}.</source>
      <translation>Камдык көчүрмө калыбына келтирилди. Мурунку маалыматтар {path} папкасында сакталды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="527" />
      <source>The programme ended on {date}: its reports are kept as an archive and can still be completed. For the current programme, import its plan package from the agency (File → Import a plan package…).</source>
      <translation>Программа {date} аяктаган: анын отчеттору архив катары сакталат, аларды дагы эле толтурууга болот. Учурдагы программа үчүн агенттиктен анын план пакетин импорттоңуз (Файл → План пакетин импорттоо…).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="212" />
      <source>This page cannot be shown: {reason}</source>
      <translation>Бул баракты көрсөтүү мүмкүн эмес: {reason}</translation>
    </message>
    <message>
      <source>{programme} ended on {date}. Its reports stay here as an archive and can still be completed. To report on the current programme, import its plan package from the agency: File → Import a plan package…</source>
      <translation type="vanished">«{programme}» {date} аяктаган. Анын отчеттору бул жерде архив катары калат, аларды дагы эле толтурууга болот. Учурдагы программа боюнча отчет берүү үчүн агенттиктен анын план пакетин импорттоңуз: Файл → План пакетин импорттоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="515" />
      <source>{programme}, version {version}</source>
      <translation>{programme}, {version}-версия</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Address</source>
      <translation type="vanished">Дареги</translation>
    </message>
    <message>
      <source>Area or quantity</source>
      <translation type="vanished">Аянты же саны</translation>
    </message>
    <message>
      <source>Basis document</source>
      <translation type="vanished">Негиздөөчү документ</translation>
    </message>
    <message>
      <source>Book value</source>
      <translation type="vanished">Баланстык наркы</translation>
    </message>
    <message>
      <source>Cadastral code (ЕНИ)</source>
      <translation type="vanished">Кадастрдык код (ЕНИ)</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="vanished">Категориясы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="40" />
      <source>Columns of the spreadsheet</source>
      <translation>Таблицанын мамычалары</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="94" />
      <source>Columns that are not imported (tick to keep them in the notes):</source>
      <translation>Импорттолбогон мамычалар (эскертүүгө сактоо үчүн белгилеңиз):</translation>
    </message>
    <message>
      <source>Condition</source>
      <translation type="vanished">Абалы</translation>
    </message>
    <message>
      <source>Initial value</source>
      <translation type="vanished">Баштапкы наркы</translation>
    </message>
    <message>
      <source>Inventory number</source>
      <translation type="vanished">Инвентардык номери</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="vanished">Аталышы</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="vanished">Эскертүүлөр</translation>
    </message>
    <message>
      <source>Residual value</source>
      <translation type="vanished">Калдык наркы</translation>
    </message>
    <message>
      <source>State registration</source>
      <translation type="vanished">Мамлекеттик каттоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="82" />
      <source>The first rows:</source>
      <translation>Алгачкы саптар:</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Бирдиги</translation>
    </message>
    <message>
      <source>Use</source>
      <translation type="vanished">Пайдаланылышы</translation>
    </message>
    <message>
      <source>Village</source>
      <translation type="vanished">Айыл</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="vanished">Жылы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="53" />
      <source>— not in the file —</source>
      <translation>— файлда жок —</translation>
    </message>
  </context>
  <context>
    <name>MeasureModel</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="238" />
      <source>%n to fix</source>
      <translation>
        <numerusform>оңдоо керек: %n</numerusform>
        <numerusform>оңдоо керек: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="246" />
      <source>Carried forward from the previous period</source>
      <translation>Мурунку мезгилден өткөрүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>Check</source>
      <translation>Текшерүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>Measure</source>
      <translation>Чара</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="248" />
      <source>The measure's own deadline ({date}) has passed.</source>
      <translation>Чаранын өз мөөнөтү ({date}) өтүп кетти.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="240" />
      <source>deadline passed</source>
      <translation>мөөнөтү өттү</translation>
    </message>
    <message>
      <source>{n} to fix</source>
      <translation type="vanished">оңдоо керек: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="234" />
      <source>— not reported —</source>
      <translation>— отчет жок —</translation>
    </message>
  </context>
  <context>
    <name>Municipality</name>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="25" />
      <source>A Kyrgyz СОАТЕ code starts with 417.</source>
      <translation>Кыргызстандын СОАТЕ коду 417 менен башталат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="309" />
      <source>Changed: {name}.</source>
      <translation>Өзгөртүлдү: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="287" />
      <source>Ends: {name}, valid until {date}.</source>
      <translation>Аракети токтойт: {name}, {date} чейин күчүндө.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="269" />
      <source>Enter the municipality's name.</source>
      <translation>Муниципалитеттин аталышын киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="274" />
      <source>New: {name}, from {date}, succeeding {names}.</source>
      <translation>Жаңы: {name}, {date} баштап, укук мураскору: {names}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="283" />
      <source>New: {name}.</source>
      <translation>Жаңы: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="312" />
      <source>Removed: {name}.</source>
      <translation>Алынып салынды: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="296" />
      <source>Renamed: {old} → {new}.</source>
      <translation>Аты өзгөртүлдү: {old} → {new}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="134" />
      <source>The directory has a cycle of successors: {chain}. A municipality cannot succeed itself; nothing was changed.</source>
      <translation>Маалымдамада укук мураскорлордун айлампасы бар: {chain}. Муниципалитет өзүнүн укук мураскору боло албайт; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="19" />
      <source>The СОАТЕ code is required: 14 digits, starting with 417.</source>
      <translation>СОАТЕ коду милдеттүү: 417 менен башталган 14 сан.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="21" />
      <source>The СОАТЕ code must contain digits only.</source>
      <translation>СОАТЕ коду сандардан гана турушу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="23" />
      <source>The СОАТЕ code must have exactly 14 digits.</source>
      <translation>СОАТЕ коду так 14 сандан турушу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="159" />
      <source>{code} is listed twice for the same time; each version of a municipality needs its own validity.</source>
      <translation>{code} бир эле убакытка эки жолу көрсөтүлгөн; муниципалитеттин ар бир версиясынын өз мөөнөтү болушу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="146" />
      <source>{code}: valid until {until} is before valid from {start}.</source>
      <translation>{code}: аяктоо күнү {until} башталуу күнүнөн {start} мурун.</translation>
    </message>
  </context>
  <context>
    <name>MunicipalityDialog</name>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="85" />
      <source>Aiyl okmotu</source>
      <translation>Айыл өкмөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="86" />
      <source>City</source>
      <translation>Шаар</translation>
    </message>
    <message>
      <source>Enter your municipality once. You can change it later with File → Municipality.</source>
      <translation>Муниципалитеттин маалыматтарын бир жолу киргизиңиз. Кийин өзгөртүүгө болот: Файл → Муниципалитет.</translation>
    </message>
    <message>
      <source>Head of the aiyl okmotu:</source>
      <translation>Айыл өкмөтүнүн башчысы:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Түрү:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="84" />
      <source>Language:</source>
      <translation>Тил / Язык:</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <source>Name in Kyrgyz:</source>
      <translation>Кыргызча аталышы:</translation>
    </message>
    <message>
      <source>Name in Russian:</source>
      <translation>Орусча аталышы:</translation>
    </message>
    <message>
      <source>Oblast:</source>
      <translation>Облус:</translation>
    </message>
    <message>
      <source>Rayon:</source>
      <translation>Район:</translation>
    </message>
    <message>
      <source>Responsible secretary:</source>
      <translation>Жооптуу катчы:</translation>
    </message>
    <message>
      <source>СОАТЕ code (14 digits):</source>
      <translation>СОАТЕ коду (14 сан):</translation>
    </message>
  </context>
  <context>
    <name>ObjectDialog</name>
    <message>
      <source>Address:</source>
      <translation type="vanished">Дареги:</translation>
    </message>
    <message>
      <source>Area or quantity:</source>
      <translation type="vanished">Аянты же саны:</translation>
    </message>
    <message>
      <source>Basis document date</source>
      <translation type="vanished">Негиздеген документтин күнү</translation>
    </message>
    <message>
      <source>Basis document number</source>
      <translation type="vanished">Негиздеген документтин номери</translation>
    </message>
    <message>
      <source>Basis document:</source>
      <translation type="vanished">Негиздеген документ:</translation>
    </message>
    <message>
      <source>Book value, som:</source>
      <translation type="vanished">Баланстык наркы, сом:</translation>
    </message>
    <message>
      <source>Cadastral code (ЕНИ):</source>
      <translation type="vanished">Кадастрдык код (ЕНИ):</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation type="vanished">Категориясы:</translation>
    </message>
    <message>
      <source>Condition:</source>
      <translation type="vanished">Абалы:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="30" />
      <source>Council decision</source>
      <translation>Кеңештин чечими</translation>
    </message>
    <message>
      <source>DD.MM.YYYY</source>
      <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <source>Fields of the category</source>
      <translation>Категориянын талаалары</translation>
    </message>
    <message>
      <source>GPS latitude:</source>
      <translation type="vanished">GPS кеңдик:</translation>
    </message>
    <message>
      <source>GPS longitude:</source>
      <translation type="vanished">GPS узундук:</translation>
    </message>
    <message>
      <source>Initial value, som:</source>
      <translation type="vanished">Баштапкы нарк, сом:</translation>
    </message>
    <message>
      <source>Internal notes</source>
      <translation>Ички эскертүүлөр</translation>
    </message>
    <message>
      <source>Internal notes:</source>
      <translation type="vanished">Ички эскертүүлөр:</translation>
    </message>
    <message>
      <source>Inventory number:</source>
      <translation type="vanished">Инвентардык номери:</translation>
    </message>
    <message>
      <source>Its date:</source>
      <translation type="vanished">Документтин күнү:</translation>
    </message>
    <message>
      <source>Its number:</source>
      <translation type="vanished">Документтин номери:</translation>
    </message>
    <message>
      <source>Name (Kyrgyz):</source>
      <translation type="vanished">Аталышы (кыргызча):</translation>
    </message>
    <message>
      <source>Name (Russian):</source>
      <translation type="vanished">Аталышы (орусча):</translation>
    </message>
    <message>
      <source>Not published: left out of the public register</source>
      <translation>Жарыяланбайт: ачык реестрге кирбейт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="27" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="31" />
      <source>Photos and documents</source>
      <translation>Сүрөттөр жана документтер</translation>
    </message>
    <message>
      <source>Property object</source>
      <translation>Мүлк объекти</translation>
    </message>
    <message>
      <source>Registered on:</source>
      <translation type="vanished">Катталган күнү:</translation>
    </message>
    <message>
      <source>Residual value, som:</source>
      <translation type="vanished">Калдык нарк, сом:</translation>
    </message>
    <message>
      <source>Size and how it became municipal property</source>
      <translation>Өлчөмү жана муниципалдык менчикке өтүү негизи</translation>
    </message>
    <message>
      <source>State registration certificate:</source>
      <translation type="vanished">Мамлекеттик каттоо күбөлүгү:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="32" />
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>The object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Өлчөө бирдиги</translation>
    </message>
    <message>
      <source>Use:</source>
      <translation type="vanished">Пайдаланылышы:</translation>
    </message>
    <message>
      <source>Value, condition and use</source>
      <translation>Нарк, абалы жана пайдаланылышы</translation>
    </message>
    <message>
      <source>Village:</source>
      <translation type="vanished">Айыл:</translation>
    </message>
    <message>
      <source>Year built or acquired:</source>
      <translation type="vanished">Курулган же алынган жылы:</translation>
    </message>
    <message>
      <source>e.g. a decision of the local council</source>
      <translation>мисалы, жергиликтүү кеңештин чечими</translation>
    </message>
  </context>
  <context>
    <name>ObjectHistoryDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="53" />
      <source>Basis</source>
      <translation>Негизи</translation>
    </message>
    <message>
      <source>Field</source>
      <translation type="vanished">Талаа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="48" />
      <source>History of the object</source>
      <translation>Объекттин тарыхы</translation>
    </message>
    <message>
      <source>New value</source>
      <translation type="vanished">Жаңы маани</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation type="vanished">Мурунку маани</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="vanished">Качан</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="vanished">Ким</translation>
    </message>
  </context>
  <context>
    <name>ObjectLeasesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="131" />
      <source>&amp;Add lease…</source>
      <translation>Ижараны &amp;кошуу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="138" />
      <source>&amp;Close</source>
      <translation>&amp;Жабуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="134" />
      <source>&amp;Edit…</source>
      <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="117" />
      <source>From</source>
      <translation>Башталышы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="25" />
      <source>Lease</source>
      <translation>Ижара</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="179" />
      <source>Leases of {object}</source>
      <translation>{object} объектинин ижарасы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="116" />
      <source>Lessee</source>
      <translation>Ижарачы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="129" />
      <source>No leases yet. Press “Add lease…” to record one.</source>
      <translation>Ижара азырынча жок. Киргизүү үчүн «Ижараны кошуу…» баскычын басыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="119" />
      <source>Rent, som</source>
      <translation>Ижара акысы, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="120" />
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="118" />
      <source>To</source>
      <translation>Аягы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="152" />
      <source>active</source>
      <translation>күчүндө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="153" />
      <source>ends within 60 days</source>
      <translation>60 күндүн ичинде бүтөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="154" />
      <source>expired</source>
      <translation>мөөнөтү бүттү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="155" />
      <source>terminated</source>
      <translation>бузулду</translation>
    </message>
  </context>
  <context>
    <name>Outbox</name>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="56" />
      <source>Asking for the receipts…</source>
      <translation>Тил каттар суралууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="103" />
      <source>Nothing was sent: no upload address is set. Type the address the agency gave you in the “Upload address” field beside “Send now”, or save the package to a USB stick and take it to the agency.</source>
      <translation>Эч нерсе жөнөтүлгөн жок: жөнөтүү дареги коюлган эмес. Агенттик берген даректи «Азыр жөнөтүү» баскычынын жанындагы «Жөнөтүү дареги» талаасына жазыңыз, же пакетти USB-флешкага сактап, агенттикке алып барыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="160" />
      <source>Sending</source>
      <translation>Жөнөтүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="162" />
      <source>Sending stopped on an unexpected error; it was reported.</source>
      <translation>Жөнөтүү күтүлбөгөн катадан улам токтоду; ал тууралуу отчет жазылды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="52" />
      <source>Sending the packages…</source>
      <translation>Пакеттер жөнөтүлүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="124" />
      <source>Sending to the agency…</source>
      <translation>Агенттикке жөнөтүлүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="59" />
      <source>Stopped; what was sent is recorded.</source>
      <translation>Токтотулду; жөнөтүлгөнү эсепке алынды.</translation>
    </message>
  </context>
  <context>
    <name>Package</name>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="322" />
      <source>Adding the evidence files…</source>
      <translation>Далил файлдары кошулууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="234" />
      <source>Collecting the data…</source>
      <translation>Маалыматтар чогултулууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="349" />
      <source>Done.</source>
      <translation>Даяр.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="335" />
      <source>Signing and writing the package…</source>
      <translation>Пакетке кол коюлуп, жазылууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="193" />
      <source>The package records this state, and the agency will see that the report is not approved.</source>
      <translation>Пакетте бул абал жазылат, жана агенттик отчет бекитиле электигин көрөт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="183" />
      <source>The report for {period} is a draft: it is not marked complete, and the head has not approved it.</source>
      <translation>{period} боюнча отчет — долбоор: ал даяр деп белгилене элек, башчы аны беките элек.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/package/build.py" line="174" />
      <source>The report for {period} is a draft: the checks still find %n problem(s) to fix, and the head has not approved it.</source>
      <translation>
        <numerusform>{period} боюнча отчет — долбоор: текшерүү дагы эле оңдоо керек болгон %n кемчилик табат, башчы аны беките элек.</numerusform>
        <numerusform>{period} боюнча отчет — долбоор: текшерүү дагы эле оңдоо керек болгон %n кемчилик табат, башчы аны беките элек.</numerusform>
      </translation>
    </message>
    <message>
      <source>The report for {period} is a draft: the checks still find {n} problem(s) to fix, and the head has not approved it.</source>
      <translation type="vanished">{period} боюнча отчет — долбоор: текшерүү дагы эле оңдоо керек болгон {n} кемчилик табат, башчы аны беките элек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="167" />
      <source>The report for {period} is marked complete, but the head has not approved it.</source>
      <translation>{period} боюнча отчет даяр деп белгиленген, бирок башчы аны беките элек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="299" />
      <source>Writing the Excel report…</source>
      <translation>Excel отчету жазылууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="310" />
      <source>Writing the PDF report…</source>
      <translation>PDF отчету жазылууда…</translation>
    </message>
  </context>
  <context>
    <name>PackageModel</name>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="118" />
      <source>Check</source>
      <translation>Текшерүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="117" />
      <source>Created</source>
      <translation>Түзүлгөн</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="119" />
      <source>Delivery</source>
      <translation>Жеткирүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="120" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="116" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="115" />
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="136" />
      <source>valid, signed</source>
      <translation>жарактуу, кол коюлган</translation>
    </message>
  </context>
  <context>
    <name>PackagePage</name>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="167" />
      <source>&amp;Export package</source>
      <translation>Пакетти &amp;түзүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="183" />
      <source>&amp;Receipt (PDF)…</source>
      <translation>&amp;Тил кат (PDF)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="179" />
      <source>&amp;Save a copy to USB…</source>
      <translation>Флешкага &amp;көчүрмөсүн сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="216" />
      <source>Annex No.:</source>
      <translation>Тиркеме №:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="353" />
      <source>Build anyway</source>
      <translation>Баары бир түзүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="348" />
      <source>Build the package anyway?</source>
      <translation>Пакетти баары бир түзөбүзбү?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="325" />
      <source>Building the package…</source>
      <translation>Пакет түзүлүүдө…</translation>
    </message>
    <message>
      <source>Checking the copy…</source>
      <translation type="vanished">Көчүрмө текшерилүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="174" />
      <source>DD.MM.YYYY</source>
      <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="207" />
      <source>Language:</source>
      <translation>Тили:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="241" />
      <source>No package yet. Choose the period and the language above and press “Export package”: the app builds the Excel and PDF reports, signs them and keeps the package here, ready for a USB stick or for sending.</source>
      <translation>Азырынча пакет жок. Жогорудан мезгилди жана тилди тандап, «Пакетти түзүү» баскычын басыңыз: программа Excel жана PDF отчетторун даярдап, кол коюп, пакетти ушул жерде сактайт — флешка үчүн же жөнөтүү үчүн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="450" />
      <source>No program to show PDF files is installed on this computer. The report can be seen and printed here, or its folder opened:
{path}</source>
      <translation>Бул компьютерде PDF файлдарын ачуучу программа орнотулган эмес. Отчётту ушул жерден көрүп, басып чыгарууга же анын папкасын ачууга болот:
{path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="180" />
      <source>Open the &amp;PDF</source>
      <translation>&amp;PDF ачуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="212" />
      <source>Outgoing No.:</source>
      <translation>Чыгыш №:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="464" />
      <source>Package</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="362" />
      <source>Package ready: {name}</source>
      <translation>Пакет даяр: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="205" />
      <source>Period:</source>
      <translation>Мезгил:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="455" />
      <source>Pre&amp;view here</source>
      <translation>Ушул &amp;жерден көрүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="181" />
      <source>Print pre&amp;view…</source>
      <translation>Басып чыгаруу &amp;алдын ала көрүү…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="386" />
      <source>Save the package to…</source>
      <translation>Пакетти сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="396" />
      <source>Saved and checked: {path}</source>
      <translation>Сакталды жана текшерилди: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="407" />
      <source>Saving the package to {folder}…</source>
      <translation>Пакет {folder} папкасына сакталууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="182" />
      <source>Se&amp;nd now</source>
      <translation>Азыр &amp;жөнөтүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="456" />
      <source>Show the &amp;folder</source>
      <translation>&amp;Папканы көрсөтүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="347" />
      <source>The report is not approved</source>
      <translation>Отчет бекитиле элек</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="188" />
      <source>Upload address (leave empty to deliver by USB only)</source>
      <translation>Жөнөтүү дареги (флешка менен гана жеткирилсе, бош калтырыңыз)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="171" />
      <source>empty: written by hand</source>
      <translation>бош: кол менен жазылат</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="214" />
      <source>of</source>
      <translation>күнү</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="84" />
      <source>Dashboard</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="90" />
      <source>Packages</source>
      <translation>Пакеттер</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="76" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="117" />
      <source>Programme text</source>
      <translation>Программанын тексти</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="87" />
      <source>Property</source>
      <translation>Мүлк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="82" />
      <source>Reports</source>
      <translation>Отчеттор</translation>
    </message>
  </context>
  <context>
    <name>Period</name>
    <message>
      <location filename="msu_desktop/services/labels.py" line="34" />
      <source>{half} half of {year}</source>
      <translation>{year}-жылдын {half} жарым жылдыгы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="43" />
      <source>{half}/{year}</source>
      <translation>{half}/{year}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="52" />
      <source>{title} ({years})</source>
      <translation>{title} ({years})</translation>
    </message>
  </context>
  <context>
    <name>PeriodModel</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="148" />
      <source>%n day(s) left until {date}</source>
      <translation>
        <numerusform>{date} чейин %n күн калды</numerusform>
        <numerusform>{date} чейин %n күн калды</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="144" />
      <source>Approved by {name} on {date}</source>
      <translation>Бекиткен {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>Due</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="154" />
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>%n күнгө кечиктирилди</numerusform>
        <numerusform>%n күнгө кечиктирилди</numerusform>
      </translation>
    </message>
    <message>
      <source>Overdue by {days} days</source>
      <translation type="vanished">{days} күнгө кечиктирилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>Reported</source>
      <translation>Отчет берилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>{days} days left until {date}</source>
      <translation type="vanished">{date} чейин калган күндөр: {days}</translation>
    </message>
  </context>
  <context>
    <name>Plan</name>
    <message>
      <location filename="msu_desktop/domain/plan.py" line="295" />
      <source>{ru} (Russian text) / {ky} (Kyrgyz text)</source>
      <translation>{ky} (кыргызча текст) / {ru} (орусча текст)</translation>
    </message>
  </context>
  <context>
    <name>PlanBrowser</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/plan_browser.py" line="341" />
      <source>%n direction(s)</source>
      <translation>
        <numerusform>%n багыт</numerusform>
        <numerusform>%n багыт</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/plan_browser.py" line="343" />
      <source>%n measure(s)</source>
      <translation>
        <numerusform>%n чара</numerusform>
        <numerusform>%n чара</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/plan_browser.py" line="342" />
      <source>%n task(s)</source>
      <translation>
        <numerusform>%n милдет</numerusform>
        <numerusform>%n милдет</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="190" />
      <source>All executors</source>
      <translation>Бардык аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="206" />
      <source>Any deadline</source>
      <translation>Каалаган мөөнөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="358" />
      <source>Deadline</source>
      <translation>Ишке ашыруу мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="207" />
      <source>Deadline passed</source>
      <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
      <source>Directions: {d}, tasks: {t}, measures: {m}</source>
      <translation type="vanished">Багыттар: {d}, милдеттер: {t}, чаралар: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="386" />
      <source>Discrepancy between the texts</source>
      <translation>Тексттердин айырмасы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="209" />
      <source>Due later</source>
      <translation>Мөөнөтү кийинчерээк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="208" />
      <source>Due this year</source>
      <translation>Мөөнөтү ушул жылы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="361" />
      <source>Executor notes</source>
      <translation>Аткаруучулар боюнча эскертүүлөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="359" />
      <source>Expected result</source>
      <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="362" />
      <source>Funding sources</source>
      <translation>Каржылоо булактары</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="330" />
      <source>In the Programme (Annex 1)</source>
      <translation>Программада (1-тиркеме)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="371" />
      <source>Indicators</source>
      <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="387" />
      <source>Kyrgyz: {ky}; Russian: {ru}</source>
      <translation>кыргызча: {ky}; орусча: {ru}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="364" />
      <source>Local self-government bodies take part</source>
      <translation>ЖӨБ органдарынын катышуусу менен</translation>
    </message>
    <message>
      <source>Measures: {n}</source>
      <translation type="vanished">Чаралар: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="360" />
      <source>Responsible executors</source>
      <translation>Жооптуу аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="186" />
      <source>Search measures, results, executors…</source>
      <translation>Чараларды, натыйжаларды, аткаруучуларды издөө…</translation>
    </message>
    <message>
      <source>Tasks: {t}, measures: {m}</source>
      <translation type="vanished">Милдеттер: {t}, чаралар: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="365" />
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="365" />
      <source>yes</source>
      <translation>ооба</translation>
    </message>
  </context>
  <context>
    <name>PlanImport</name>
    <message>
      <source>A new programme plan (version {v}).</source>
      <translation type="vanished">Программанын жаңы планы ({v}-версия).</translation>
    </message>
    <message>
      <source>A new programme: {title} ({plan}, version {v}): {d} directions, {t} tasks, {m} measures; reporting periods {first} … {last}.</source>
      <translation type="vanished">Жаңы программа: {title} ({plan}, {v}-версия): багыттар — {d}, милдеттер — {t}, чаралар — {m}; отчеттук мезгилдер {first} … {last}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="52" />
      <source>A new programme: {title}, version {v}, with reports from {first} to {last}: {d} directions, {t} tasks, {m} measures.</source>
      <translation>Жаңы программа: {title}, {v}-версия, отчеттор: {first} — {last}; багыттар — {d}, милдеттер — {t}, чаралар — {m}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="103" />
      <source>Deadline of {code}: {old} → {new}</source>
      <translation>{code} чарасынын мөөнөтү: {old} → {new}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="114" />
      <source>Executors of {code}: {old} → {new}</source>
      <translation>{code} чарасынын аткаруучулары: {old} → {new}</translation>
    </message>
    <message>
      <source>It becomes the programme the app works on. {title} ({plan}) stays installed with all its reports: File → Programme switches between them.</source>
      <translation type="vanished">Иш ушул программа боюнча жүрөт. {title} ({plan}) бардык отчеттору менен орнотулган бойдон калат: алардын ортосунда Файл → Программа аркылуу которулуңуз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="68" />
      <source>It becomes the programme the app works on. {title} stays installed with all its reports: File → Programme switches between them.</source>
      <translation>Иш ушул программа боюнча жүрөт. {title} бардык отчеттору менен орнотулган бойдон калат: алардын ортосунда Файл → Программа аркылуу которулуңуз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="89" />
      <source>Measure added: {code}</source>
      <translation>Чара кошулду: {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="92" />
      <source>Measure removed: {code} (its reports are kept, read-only, and still exported)</source>
      <translation>Чара алынып салынды: {code} (анын отчеттору окуу үчүн гана сакталат жана мурункудай чыгарылат)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="100" />
      <source>Measure renamed: {code}</source>
      <translation>Чаранын аталышы өзгөрдү: {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="326" />
      <source>Merged into your municipality: {names}.</source>
      <translation>Сиздин муниципалитетке кошулду: {names}.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/directory.py" line="298" />
      <source>Municipality directory: %n entry(ies).</source>
      <translation>
        <numerusform>Муниципалитеттер маалымдамасы: %n жазуу.</numerusform>
        <numerusform>Муниципалитеттер маалымдамасы: %n жазуу.</numerusform>
      </translation>
    </message>
    <message>
      <source>Municipality directory: {n} entries.</source>
      <translation type="vanished">Муниципалитеттер маалымдамасы: жазуулар — {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="146" />
      <source>No change to measures, deadlines, executors or periods.</source>
      <translation>Чаралар, мөөнөттөр, аткаруучулар жана мезгилдер өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="80" />
      <source>Plan version {old} → {new}.</source>
      <translation>Пландын версиясы {old} → {new}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="125" />
      <source>Reporting periods added: {periods}</source>
      <translation>Отчеттук мезгилдер кошулду: {periods}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="134" />
      <source>The report on {period} is due on {new} (was {old}).</source>
      <translation>{period} боюнча отчеттун мөөнөтү: {new} (мурда {old} болчу).</translation>
    </message>
    <message>
      <source>Your municipality is marked as abolished in the new directory.</source>
      <translation type="vanished">Жаңы маалымдамада сиздин муниципалитет жоюлган деп белгиленген.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="310" />
      <source>Your municipality is merged into {name} ({code}).</source>
      <translation>Сиздин муниципалитет {name} ({code}) курамына кошулду.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="306" />
      <source>Your СОАТЕ code {code} is not in the new directory.</source>
      <translation>Сиздин СОАТЕ кодуңуз {code} жаңы маалымдамада жок.</translation>
    </message>
  </context>
  <context>
    <name>PlanImportWizard</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="129" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="123" />
      <source>Import a plan package</source>
      <translation>План пакетин импорттоо</translation>
    </message>
    <message>
      <source>Installed plan {plan}, version {version}. Backup: {backup}</source>
      <translation type="vanished">{plan} планы орнотулду, {version}-версия. Камдык көчүрмө: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="165" />
      <source>Installed: {programme}, version {version}. Backup: {backup}</source>
      <translation>Орнотулду: {programme}, {version}-версия. Камдык көчүрмө: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="142" />
      <source>Installing the plan…</source>
      <translation>План орнотулууда…</translation>
    </message>
  </context>
  <context>
    <name>PlanOffers</name>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="128" />
      <source>&amp;Later</source>
      <translation>&amp;Кийинчерээк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="127" />
      <source>&amp;Not this version</source>
      <translation>&amp;Бул версия эмес</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="126" />
      <source>&amp;Review and install…</source>
      <translation>&amp;Карап чыгып орнотуу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="114" />
      <source>The agency has published plan version {version}: {programme}. It is signed by the agency and checked. Review the changes and install it?</source>
      <translation>Агенттик пландын {version}-версиясын жарыялады: {programme}. Ал агенттик тарабынан кол коюлган жана текшерилген. Өзгөрүүлөрдү карап чыгып, аны орнотосузбу?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="94" />
      <source>The agency's inbox offers a plan package that did not pass the check, so it was not installed and nothing was changed: {reason}

Please tell the agency.</source>
      <translation>Агенттиктин кабыл алуу сервери текшерүүдөн өтпөгөн пландын пакетин сунуштайт, ошондуктан ал орнотулган жок жана эч нерсе өзгөргөн жок: {reason}

Сураныч, бул тууралуу агенттикке билдириңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="119" />
      <source>The installed version is {version}.</source>
      <translation>Орнотулган версия: {version}.</translation>
    </message>
  </context>
  <context>
    <name>PlanTreeModel</name>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="51" />
      <source>Code</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="64" />
      <source>The Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Бул жерде токтомдун кыргызча жана орусча тексттери айырмаланат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="51" />
      <source>Title</source>
      <translation>Аталышы</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="110" />
      <source>Cannot print {path}.</source>
      <translation>{path} басып чыгаруу мүмкүн эмес.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">{path} жазылбай жатат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="189" />
      <source>Fit the width</source>
      <translation>Туурасына батыруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="334" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="197" />
      <source>Print…</source>
      <translation>Басып чыгаруу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="366" />
      <source>Register of municipal property (PDF)</source>
      <translation>Муниципалдык мүлктүн реестри (PDF)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="266" />
      <source>Save as PDF</source>
      <translation>PDF катары сактоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="200" />
      <source>Save as PDF…</source>
      <translation>PDF катары сактоо…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation type="vanished">Сакталды: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="91" />
      <source>The printer {printer} did not take the document: {reason}</source>
      <translation>{printer} принтери документти кабыл алган жок: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="185" />
      <source>Zoom in</source>
      <translation>Чоңойтуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="186" />
      <source>Zoom out</source>
      <translation>Кичирейтүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="367" />
      <source>property register {date}.pdf</source>
      <translation>мүлк реестри {date}.pdf</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeView</name>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="53" />
      <source>&amp;Print…</source>
      <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="105" />
      <source>Programme.pdf</source>
      <translation>Программа.pdf</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="55" />
      <source>Save as &amp;PDF…</source>
      <translation>&amp;PDF катары сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="104" />
      <source>Save the programme as PDF</source>
      <translation>Программаны PDF катары сактоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="74" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Бул план үчүн программанын тексти жок.</translation>
    </message>
  </context>
  <context>
    <name>Property</name>
    <message>
      <location filename="msu_desktop/domain/property.py" line="341" />
      <source>A written-off or sold object keeps its use.</source>
      <translation>Эсептен чыгарылган же сатылган объекттин пайдаланылышы өзгөрбөйт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="263" />
      <source>At least {min}.</source>
      <translation>Кеминде {min}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="266" />
      <source>At most {max}.</source>
      <translation>Эң көп дегенде {max}.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/domain/property.py" line="255" />
      <source>Longer than %n character(s).</source>
      <translation>
        <numerusform>%n белгиден узун.</numerusform>
        <numerusform>%n белгиден узун.</numerusform>
      </translation>
    </message>
    <message>
      <source>Longer than {n} characters.</source>
      <translation type="vanished">{n} белгиден узун.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="43" />
      <source>Not a cadastral code (ЕНИ) of the form 1-02-03-0004-0005.</source>
      <translation>Бул 1-02-03-0004-0005 түрүндөгү кадастрдык код (ЕНИ) эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="333" />
      <source>The status changes only by a write-off or a sale with the council's decision.</source>
      <translation>Абалы кеңештин чечими менен эсептен чыгаруу же сатуу аркылуу гана өзгөрөт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="343" />
      <source>The use changes to written off or sold only by a write-off or a sale with the council's decision.</source>
      <translation>Пайдаланылышы «эсептен чыгарылган» же «сатылган» болуп кеңештин чечими менен эсептен чыгаруу же сатуу аркылуу гана өзгөрөт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="323" />
      <source>The value cannot be negative.</source>
      <translation>Нарк терс боло албайт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="59" />
      <source>Unknown value {value}.</source>
      <translation>Белгисиз маани: {value}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="179" />
      <source>decision No. {n} of {d}</source>
      <translation>{d} күнкү № {n} чечим</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_apply.py" line="32" />
      <source>import</source>
      <translation>импорт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="69" />
      <source>in the register</source>
      <translation>реестрде</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="94" />
      <source>object added</source>
      <translation>объект кошулду</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="189" />
      <source>private person</source>
      <translation>жеке адам</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="71" />
      <source>sold</source>
      <translation>сатылган</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="70" />
      <source>written off</source>
      <translation>эсептен чыгарылган</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="81" />
      <source>{kind} No. {number} of {date}</source>
      <translation>{kind} № {number}, {date}</translation>
    </message>
  </context>
  <context>
    <name>PropertyExport</name>
    <message>
      <source>Address</source>
      <translation type="vanished">Дареги</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="441" />
      <source>Area</source>
      <translation>Аянты</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="209" />
      <source>Area or quantity</source>
      <translation>Аянты же саны</translation>
    </message>
    <message>
      <source>Auction protocol date</source>
      <translation type="vanished">Аукцион протоколунун күнү</translation>
    </message>
    <message>
      <source>Auction protocol number</source>
      <translation type="vanished">Аукцион протоколунун номери</translation>
    </message>
    <message>
      <source>Awarded by</source>
      <translation type="vanished">Кантип берилген</translation>
    </message>
    <message>
      <source>Basis document</source>
      <translation type="vanished">Негиздөөчү документ</translation>
    </message>
    <message>
      <source>Basis document date</source>
      <translation type="vanished">Негиздөөчү документтин күнү</translation>
    </message>
    <message>
      <source>Basis document number</source>
      <translation type="vanished">Негиздөөчү документтин номери</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="442" />
      <source>Book value, som</source>
      <translation>Баланстык наркы, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="435" />
      <source>By category</source>
      <translation>Категориялар боюнча</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="436" />
      <source>By use</source>
      <translation>Пайдаланылышы боюнча</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="208" />
      <source>Cadastral code (ЕНИ)</source>
      <translation>Кадастрдык код (ЕНИ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="206" />
      <source>Category</source>
      <translation>Категориясы</translation>
    </message>
    <message>
      <source>Category details</source>
      <translation type="vanished">Категориянын маалыматтары</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="211" />
      <source>Condition</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Contract number</source>
      <translation type="vanished">Келишимдин номери</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="120" />
      <source>Council decisions</source>
      <translation>Кеңештин чечимдери</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation type="vanished">Чечимдин күнү</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation type="vanished">Чечимдин номери</translation>
    </message>
    <message>
      <source>End</source>
      <translation type="vanished">Аягы</translation>
    </message>
    <message>
      <source>GPS latitude</source>
      <translation type="vanished">GPS кеңдиги</translation>
    </message>
    <message>
      <source>GPS longitude</source>
      <translation type="vanished">GPS узундугу</translation>
    </message>
    <message>
      <source>Initial value, som</source>
      <translation type="vanished">Баштапкы наркы, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="204" />
      <source>Inventory number</source>
      <translation>Инвентардык номери</translation>
    </message>
    <message>
      <source>Inventory numbers of the objects</source>
      <translation type="vanished">Объекттердин инвентардык номерлери</translation>
    </message>
    <message>
      <source>Kind of decision</source>
      <translation type="vanished">Чечимдин түрү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="130" />
      <source>Laying out the pages…</source>
      <translation>Барактар жайгаштырылууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="119" />
      <source>Leases</source>
      <translation>Ижаралар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="269" />
      <source>Leases are on the sheet «{leases}», council decisions on «{decisions}». This file does not carry: {missing}.</source>
      <translation>Ижаралар «{leases}» барагында, кеңештин чечимдери «{decisions}» барагында. Бул файлда жок: {missing}.</translation>
    </message>
    <message>
      <source>Lessee</source>
      <translation type="vanished">Ижарачы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="205" />
      <source>Name</source>
      <translation>Аталышы</translation>
    </message>
    <message>
      <source>Name in Kyrgyz</source>
      <translation type="vanished">Аталышы кыргызча</translation>
    </message>
    <message>
      <source>Name in Russian</source>
      <translation type="vanished">Аталышы орусча</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="199" />
      <source>No. {number} of {date}</source>
      <translation>№ {number}, {date}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="vanished">Эскертүүлөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="440" />
      <source>Objects</source>
      <translation>Объекттер</translation>
    </message>
    <message>
      <source>Private person</source>
      <translation type="vanished">Жеке адам</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="114" />
      <source>Reading the register…</source>
      <translation>Реестр окулууда…</translation>
    </message>
    <message>
      <source>Reason without an auction</source>
      <translation type="vanished">Аукционсуз берүүнүн негизи</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="118" />
      <source>Register</source>
      <translation>Реестр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="145" />
      <source>Register of municipal property</source>
      <translation>Муниципалдык мүлктүн реестри</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="144" />
      <source>Register of municipal property (public version)</source>
      <translation>Муниципалдык мүлктүн реестри (ачык версиясы)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="142" />
      <source>Register of municipal property (template)</source>
      <translation>Муниципалдык мүлктүн реестри (үлгү)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="461" />
      <source>Rent income by year, som</source>
      <translation>Жылдар боюнча ижарадан түшкөн киреше, сом</translation>
    </message>
    <message>
      <source>Rent per</source>
      <translation type="vanished">Ижара акы мөөнөтү</translation>
    </message>
    <message>
      <source>Rent, som</source>
      <translation type="vanished">Ижара акы, сом</translation>
    </message>
    <message>
      <source>Residual value, som</source>
      <translation type="vanished">Калдык наркы, сом</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="vanished">Башталышы</translation>
    </message>
    <message>
      <source>State registration date</source>
      <translation type="vanished">Мамлекеттик каттоонун күнү</translation>
    </message>
    <message>
      <source>State registration number</source>
      <translation type="vanished">Мамлекеттик каттоонун номери</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="426" />
      <source>Summary</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation type="vanished">Токтотулган</translation>
    </message>
    <message>
      <source>Text of the decision</source>
      <translation type="vanished">Чечимдин тексти</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/export/register_pdf.py" line="90" />
      <source>Total: %n object(s)</source>
      <translation>
        <numerusform>Бардыгы: %n объект</numerusform>
        <numerusform>Бардыгы: %n объект</numerusform>
      </translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Бирдиги</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="212" />
      <source>Use</source>
      <translation>Пайдаланылышы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="207" />
      <source>Village</source>
      <translation>Айыл</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="198" />
      <source>Writing the PDF…</source>
      <translation>PDF жазылууда…</translation>
    </message>
    <message>
      <source>Written off or sold by decision</source>
      <translation type="vanished">Эсептен чыгарган же саткан чечим</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="vanished">Жылы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="141" />
      <source>acquisition</source>
      <translation>сатып алуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="123" />
      <source>as of {date}</source>
      <translation>{date} карата</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="137" />
      <source>auction</source>
      <translation>аукцион</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="142" />
      <source>lease</source>
      <translation>ижара</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="132" />
      <source>month</source>
      <translation>ай</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="129" />
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="145" />
      <source>other</source>
      <translation>башка</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="153" />
      <source>photos and documents attached to objects</source>
      <translation>объекттерге тиркелген сүрөттөр жана документтер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="133" />
      <source>quarter</source>
      <translation>чейрек</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="155" />
      <source>revaluations (the current values are carried)</source>
      <translation>кайра баалоолор (учурдагы наркы бар)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="143" />
      <source>sale</source>
      <translation>сатуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="154" />
      <source>the history of changes</source>
      <translation>өзгөртүүлөрдүн тарыхы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="138" />
      <source>without an auction</source>
      <translation>аукционсуз</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="144" />
      <source>write-off</source>
      <translation>эсептен чыгаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="134" />
      <source>year</source>
      <translation>жыл</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="128" />
      <source>yes</source>
      <translation>ооба</translation>
    </message>
  </context>
  <context>
    <name>PropertyImport</name>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="623" />
      <source>Columns not imported (to keep them in the objects' notes, press No, import again and tick them under the columns): {columns}</source>
      <translation>Импорттолбогон мамычалар (аларды объекттердин эскертүүлөрүндө сактоо үчүн «Жок» баскычын басып, кайра импорттоп, мамычалардын астынан белгилеңиз): {columns}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/steps.py" line="40" />
      <source>Row {row} of {total}</source>
      <translation>{total} саптын {row}-сабы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="469" />
      <source>Rows without an inventory number get new ones, used neither in the file nor in the register: {numbers}.</source>
      <translation>Инвентардык номери жок саптарга файлда да, реестрде да жок жаңы номерлер берилет: {numbers}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="400" />
      <source>The hidden sheet «{title}» was skipped.</source>
      <translation>Жашырылган «{title}» барагы өткөрүлүп жиберилди.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="484" />
      <source>The sheet «{title}» has no columns to read.</source>
      <translation>«{title}» барагында окула турган мамычалар жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="190" />
      <source>a cell refers to a text that is not in the workbook</source>
      <translation>уячада китепте жок текстке шилтеме бар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="193" />
      <source>a part of the workbook holds a value this program does not understand</source>
      <translation>китептин бир бөлүгүндө бул программа түшүнбөгөн маани бар</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="198" />
      <source>a part of the workbook is not well-formed XML</source>
      <translation>китептин бир бөлүгү бузулган XML</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="189" />
      <source>a part the workbook refers to is missing</source>
      <translation>китеп шилтеме кылган бөлүк жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="70" />
      <source>a text file (CSV)</source>
      <translation>текст файлы (CSV)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="65" />
      <source>an old Excel workbook (.xls) or a password-protected one</source>
      <translation>эски Excel китеби (.xls) же сырсөз менен корголгон китеп</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="338" />
      <source>duplicate inventory number {number} (also in row {row})</source>
      <translation>{number} инвентардык номери кайталанат ({row}-сапта да бар)</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/import_check.py" line="153" />
      <source>longer than %n character(s)</source>
      <translation>
        <numerusform>%n белгиден узун</numerusform>
        <numerusform>%n белгиден узун</numerusform>
      </translation>
    </message>
    <message>
      <source>longer than {n} characters</source>
      <translation type="vanished">{n} белгиден узун</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="166" />
      <source>negative</source>
      <translation>терс сан</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="564" />
      <source>no such object</source>
      <translation>мындай объект жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="320" />
      <source>not a date (DD.MM.YYYY)</source>
      <translation>дата эмес (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="163" />
      <source>not a number</source>
      <translation>сан эмес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="267" />
      <source>not a year or a date</source>
      <translation>жыл же дата эмес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="466" />
      <source>row {row}: {number}</source>
      <translation>{row}-сап: {number}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="552" />
      <source>the decision needs its date</source>
      <translation>чечимдин күнү керек</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="199" />
      <source>the file is not a complete workbook archive</source>
      <translation>файл китептин толук архиви эмес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="354" />
      <source>the inventory number {number} and the cadastral code {code} belong to two different objects of the register</source>
      <translation>{number} инвентардык номери жана {code} кадастрдык коду реестрдеги эки башка объектиге таандык</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="509" />
      <source>the lease needs its start and end</source>
      <translation>ижаранын башталышы жана аягы керек</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="503" />
      <source>the lessee is missing</source>
      <translation>ижарачы көрсөтүлгөн эмес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="247" />
      <source>the name is missing</source>
      <translation>аталышы жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="368" />
      <source>the object is written off or sold in the register; the file says it is in use</source>
      <translation>реестрде объект эсептен чыгарылган же сатылган; файлда ал пайдаланууда деп жазылган</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="200" />
      <source>the workbook is put together in a way this program does not understand</source>
      <translation>китеп бул программа түшүнбөгөн түрдө түзүлгөн</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="278" />
      <source>unknown category</source>
      <translation>белгисиз категория</translation>
    </message>
    <message>
      <source>unknown condition ({value})</source>
      <translation type="vanished">белгисиз абал ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="555" />
      <source>unknown value</source>
      <translation>белгисиз маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="300" />
      <source>unreadable</source>
      <translation>окулбайт</translation>
    </message>
    <message>
      <source>unreadable year or date ({value})</source>
      <translation type="vanished">жыл же дата окулбайт ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="653" />
      <source>written off or sold, but the council decision that did it is not in the file</source>
      <translation>эсептен чыгарылган же сатылган, бирок муну чечкен кеңештин чечими файлда жок</translation>
    </message>
    <message>
      <source>{column}: negative</source>
      <translation type="vanished">{column}: терс маани</translation>
    </message>
    <message>
      <source>{column}: not a number ({value})</source>
      <translation type="vanished">{column}: сан эмес ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="316" />
      <source>{column}: {problem} ({value})</source>
      <translation>{column}: {problem} ({value})</translation>
    </message>
  </context>
  <context>
    <name>PropertyPage</name>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="156" />
      <source>&amp;Add object…</source>
      <translation>Объект &amp;кошуу…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation type="vanished">&amp;Жабуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="157" />
      <source>&amp;Edit…</source>
      <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="163" />
      <source>&amp;History</source>
      <translation>&amp;Тарых</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="165" />
      <source>&amp;Import from Excel…</source>
      <translation>&amp;Excel'ден импорттоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="158" />
      <source>&amp;Lease…</source>
      <translation>&amp;Ижара…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="164" />
      <source>&amp;Photos and documents…</source>
      <translation>&amp;Сүрөттөр жана документтер…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="160" />
      <source>&amp;Revalue…</source>
      <translation>&amp;Кайра баалоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="162" />
      <source>&amp;Write off…</source>
      <translation>&amp;Эсептен чыгаруу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="200" />
      <source>A blank register to fill in (Excel)…</source>
      <translation>Толтуруу үчүн бош реестр (Excel)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="112" />
      <source>All categories</source>
      <translation>Бардык категориялар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="159" />
      <source>All lea&amp;ses</source>
      <translation>Бардык &amp;ижара</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="257" />
      <source>All villages</source>
      <translation>Бардык айылдар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="114" />
      <source>Any condition</source>
      <translation>Каалаган абал</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="288" />
      <source>Any origin</source>
      <translation>Келип чыгышы баары</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="113" />
      <source>Any use</source>
      <translation>Каалаган пайдалануу</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation type="vanished">Негизи</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="520" />
      <source>Blank property register.xlsx</source>
      <translation>Мүлктүн бош реестри.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="161" />
      <source>Council &amp;decision…</source>
      <translation>Кеңештин &amp;чечими…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="474" />
      <source>Council decision</source>
      <translation>Кеңештин чечими</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="167" />
      <source>E&amp;xport…</source>
      <translation>&amp;Чыгаруу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="530" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="550" />
      <source>Export</source>
      <translation>Чыгаруу</translation>
    </message>
    <message>
      <source>Export the public version (private lessees hidden, internal notes left out)?</source>
      <translation type="vanished">Ачык версиясын чыгарасызбы (жеке ижарачылар жашырылат, ички эскертүүлөр кирбейт)?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="552" />
      <source>Export the register</source>
      <translation>Реестрди чыгаруу</translation>
    </message>
    <message>
      <source>Field</source>
      <translation type="vanished">Талаа</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="vanished">Башталышы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="166" />
      <source>From a pre&amp;decessor…</source>
      <translation>Мурунку муниципалитеттен…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="291" />
      <source>From {predecessor}</source>
      <translation>{predecessor} муниципалитетинен</translation>
    </message>
    <message>
      <source>History of the object</source>
      <translation type="vanished">Объекттин тарыхы</translation>
    </message>
    <message>
      <source>Import</source>
      <translation type="vanished">Импорт</translation>
    </message>
    <message>
      <source>Import a register</source>
      <translation type="vanished">Реестрди импорттоо</translation>
    </message>
    <message>
      <source>Import the accepted rows?</source>
      <translation type="vanished">Кабыл алынган саптарды импорттойсузбу?</translation>
    </message>
    <message>
      <source>Inv. No.</source>
      <translation type="vanished">Инв. №</translation>
    </message>
    <message>
      <source>Lease</source>
      <translation type="vanished">Ижара</translation>
    </message>
    <message>
      <source>Leases</source>
      <translation type="vanished">Ижара</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="269" />
      <source>Leases ending within 60 days: {soon}; expired: {expired}.</source>
      <translation>60 күндүн ичинде бүтө турган ижара: {soon}; мөөнөтү бүткөн: {expired}.</translation>
    </message>
    <message>
      <source>Lessee</source>
      <translation type="vanished">Ижарачы</translation>
    </message>
    <message>
      <source>New value</source>
      <translation type="vanished">Жаңы маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="438" />
      <source>Nothing was written off.</source>
      <translation>Эч нерсе эсептен чыгарылган жок.</translation>
    </message>
    <message>
      <source>Object</source>
      <translation type="vanished">Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="346" />
      <source>Object added: {number} {name}</source>
      <translation>Объект кошулду: {number} {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="394" />
      <source>Object saved: {number} {name}</source>
      <translation>Объект сакталды: {number} {name}</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation type="vanished">Мурунку маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="525" />
      <source>Property register — {name}.xlsx</source>
      <translation>Мүлк реестри — {name}.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="522" />
      <source>Property register, public version — {name}.xlsx</source>
      <translation>Мүлк реестри, ачык версиясы — {name}.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="527" />
      <source>Property register.xlsx</source>
      <translation>Мүлк реестри.xlsx</translation>
    </message>
    <message>
      <source>Rent income by year, som: {text}</source>
      <translation type="vanished">Жылдар боюнча ижарадан киреше, сом: {text}</translation>
    </message>
    <message>
      <source>Rent, som</source>
      <translation type="vanished">Ижара акысы, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="493" />
      <source>Revaluation</source>
      <translation>Кайра баалоо</translation>
    </message>
    <message>
      <source>Row {row}: {reason}</source>
      <translation type="vanished">{row}-сап: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="553" />
      <source>Saved: {path}</source>
      <translation>Сакталды: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="108" />
      <source>Search: number, name, address, ЕНИ…</source>
      <translation>Издөө: номер, аталыш, дарек, ЕНИ…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="403" />
      <source>Select an object first.</source>
      <translation>Адегенде объектти тандаңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="427" />
      <source>Sell {object} by the council decision No. {number} of {date}?

The object stays in the register as sold, with the decision; its leases end. This cannot be undone.</source>
      <translation>{object} айыл кеңешинин {date} № {number} чечими менен сатылсынбы?

Объект реестрде чечими менен сатылган катары калат; анын ижаралары бүтөт. Муну артка кайтаруу мүмкүн эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="121" />
      <source>Show written off and sold</source>
      <translation>Эсептен чыгарылгандарды жана сатылгандарды көрсөтүү</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/property/page.py" line="328" />
      <source>Shown: %n object(s) · area {area} · book value {value} som</source>
      <translation>
        <numerusform>Көрсөтүлдү: %n объект · аянты {area} · баланстык наркы {value} сом</numerusform>
        <numerusform>Көрсөтүлдү: %n объект · аянты {area} · баланстык наркы {value} сом</numerusform>
      </translation>
    </message>
    <message>
      <source>Shown: {count} objects · area {area} · book value {value} som</source>
      <translation type="vanished">Көрсөтүлдү: {count} объект · аянты {area} · баланстык наркы {value} сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="450" />
      <source>Sold: {object}</source>
      <translation>Сатылды: {object}</translation>
    </message>
    <message>
      <source>State</source>
      <translation type="vanished">Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="309" />
      <source>The predecessor's register was brought in.</source>
      <translation>Мурунку муниципалитеттин реестри көчүрүлдү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="199" />
      <source>The public version (Excel)…</source>
      <translation>Ачык версиясы (Excel)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="206" />
      <source>The public version (PDF, to print)…</source>
      <translation>Ачык версиясы (PDF, басып чыгаруу үчүн)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="198" />
      <source>The register (Excel)…</source>
      <translation>Реестр (Excel)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="205" />
      <source>The register (PDF, to print)…</source>
      <translation>Реестр (PDF, басып чыгаруу үчүн)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="64" />
      <source>The register is empty. Press “Add object…” to enter a building, a plot of land or other property, or “Import from Excel…” to bring in the register you keep in Excel.</source>
      <translation>Реестр бош. Имаратты, жер участогун же башка мүлктү киргизүү үчүн «Объект кошуу…», Excel'де жүргүзгөн реестриңизди киргизүү үчүн «Excel'ден импорттоо…» баскычын басыңыз.</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="vanished">Аягы</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="vanished">Качан</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="vanished">Ким</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="443" />
      <source>Write off</source>
      <translation>Эсептен чыгаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="421" />
      <source>Write off {object} by the council decision No. {number} of {date}?

The object stays in the register as written off, with the decision; its leases end. This cannot be undone.</source>
      <translation>{object} айыл кеңешинин {date} № {number} чечими менен эсептен чыгарылсынбы?

Объект реестрде чечими менен эсептен чыгарылган катары калат; анын ижаралары бүтөт. Муну артка кайтаруу мүмкүн эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="539" />
      <source>Writing the register…</source>
      <translation>Реестр жазылууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="448" />
      <source>Written off: {object}</source>
      <translation>Эсептен чыгарылды: {object}</translation>
    </message>
    <message>
      <source>active</source>
      <translation type="vanished">күчүндө</translation>
    </message>
    <message>
      <source>ends within 60 days</source>
      <translation type="vanished">60 күндүн ичинде бүтөт</translation>
    </message>
    <message>
      <source>expired</source>
      <translation type="vanished">мөөнөтү бүттү</translation>
    </message>
    <message>
      <source>terminated</source>
      <translation type="vanished">бузулду</translation>
    </message>
    <message>
      <source>{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected.</source>
      <translation type="vanished">Жаңы объекттер: {new}, реестрде бар: {matched} (жаңыртылды, кайталанбайт), четке кагылган саптар: {bad}.</translation>
    </message>
  </context>
  <context>
    <name>PropertyTableModel</name>
    <message>
      <source>Area / qty</source>
      <translation type="vanished">Аянты / саны</translation>
    </message>
    <message>
      <source>Book value, som</source>
      <translation type="vanished">Баланстык наркы, сом</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="vanished">Категориясы</translation>
    </message>
    <message>
      <source>Condition</source>
      <translation type="vanished">Абалы</translation>
    </message>
    <message>
      <source>Inv. No.</source>
      <translation type="vanished">Инв. №</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="vanished">Аталышы</translation>
    </message>
    <message>
      <source>Use</source>
      <translation type="vanished">Пайдаланылышы</translation>
    </message>
    <message>
      <source>Village</source>
      <translation type="vanished">Айыл</translation>
    </message>
  </context>
  <context>
    <name>Receipt</name>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="43" />
      <source>Agency</source>
      <translation>Агенттик</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="69" />
      <source>Agency's note</source>
      <translation>Агенттиктин эскертүүсү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="72" />
      <source>Comment on measure {code}</source>
      <translation>{code} чарасы боюнча эскертүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="66" />
      <source>Decision of the agency</source>
      <translation>Агенттиктин чечими</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="58" />
      <source>Inbox key fingerprint</source>
      <translation>Кабыл алуу кутусунун ачкычынын манжа изи</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="44" />
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="57" />
      <source>Package SHA-256</source>
      <translation>Пакеттин SHA-256</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="46" />
      <source>Package number</source>
      <translation>Пакеттин номери</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="45" />
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="111" />
      <source>Receipt of delivery of the report</source>
      <translation>Отчеттун жеткирилгени тууралуу тил кат</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="48" />
      <source>Received</source>
      <translation>Кабыл алынган убакыт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="91" />
      <source>Signed electronically by the agency's inbox (Ed25519, minisign). The signed receipt follows; it can be checked with minisign and the key above.</source>
      <translation>Агенттиктин кабыл алуу кутусу электрондук кол койгон (Ed25519, minisign). Төмөндө кол коюлган тил кат; аны minisign жана жогорудагы ачкыч менен текшерүүгө болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="62" />
      <source>accepted</source>
      <translation>кабыл алынды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="64" />
      <source>returned for correction</source>
      <translation>оңдоого кайтарылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="49" />
      <source>{local} Bishkek time ({utc} UTC)</source>
      <translation>{local} Бишкек убактысы ({utc} UTC)</translation>
    </message>
  </context>
  <context>
    <name>RegisterImport</name>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="142" />
      <source>Checking the rows of the register…</source>
      <translation>Реестрдин саптары текшерилүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="130" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="179" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="130" />
      <source>Import a register</source>
      <translation>Реестрди импорттоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="165" />
      <source>Import the accepted rows?</source>
      <translation>Кабыл алынган саптарды импорттойсузбу?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="171" />
      <source>Importing the register…</source>
      <translation>Реестр импорттолууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="156" />
      <source>{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected.</source>
      <translation>Жаңы объекттер: {new}, реестрде бар: {matched} (жаңыртылды, кайталанбайт), четке кагылган саптар: {bad}.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message numerus="yes">
      <location filename="msu_desktop/services/report/workflow.py" line="78" />
      <source>%n measure(s)</source>
      <translation>
        <numerusform>%n чарада</numerusform>
        <numerusform>%n чарада</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/report/workflow.py" line="77" />
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n ката</numerusform>
        <numerusform>%n ката</numerusform>
      </translation>
    </message>
    <message>
      <source>Approved (locked)</source>
      <translation type="vanished">Бекитилди (кулпуланган)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="93" />
      <source>Approved by {name} on {date}</source>
      <translation>Бекиткен {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="65" />
      <source>Approved, locked</source>
      <translation>Бекитилди, кулпуланды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="77" />
      <source>Archive (the programme has ended)</source>
      <translation>Архив (программа аяктаган)</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="164" />
      <source>Attached file</source>
      <translation>Тиркелген файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="160" />
      <source>Attachments</source>
      <translation>Тиркемелер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="88" />
      <source>Carried forward from {period}</source>
      <translation>{period} мезгилинен өткөрүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="86" />
      <source>Changed after it was marked complete</source>
      <translation>Даяр деп белгиленгенден кийин өзгөртүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="283" />
      <source>Cleaned when saved: {what}.</source>
      <translation>Сакталганда тазаланды: {what}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="169" />
      <source>Comment on «{field}»</source>
      <translation>«{field}» боюнча комментарий</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="162" />
      <source>Comments</source>
      <translation>Комментарийлер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="64" />
      <source>Complete</source>
      <translation>Даяр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="74" />
      <source>Current</source>
      <translation>Учурдагы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="63" />
      <source>Draft</source>
      <translation>Долбоор</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="75" />
      <source>Due soon</source>
      <translation>Мөөнөтү жакындады</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="101" />
      <source>Enter the name of the head who approves the report.</source>
      <translation>Отчетту бекитүүчү башчынын атын киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="124" />
      <source>Give the reason for unlocking the approved report.</source>
      <translation>Бекитилген отчетту кайра ачуунун себебин көрсөтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="109" />
      <source>Mark the report for {period} complete before it is approved.</source>
      <translation>Бекитүүдөн мурун {period} үчүн отчетту даяр деп белгилеңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="166" />
      <source>Measure included in the report</source>
      <translation>Чара отчетко киргизилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="102" />
      <source>Measure {code} involves local self-government and must be reported.</source>
      <translation>{code} чарасы ЖӨБ органдарынын катышуусу менен аткарылат, ал боюнча отчет милдеттүү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="73" />
      <source>Not started yet</source>
      <translation>Азырынча башталган жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="76" />
      <source>Overdue</source>
      <translation>Кечиктирилген</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency_returns.py" line="63" />
      <source>Returned by the agency for correction: {note}</source>
      <translation>Агенттик оңдоого кайтарды: {note}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="78" />
      <source>Submitted</source>
      <translation>Тапшырылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/comments.py" line="34" />
      <source>The comment is empty.</source>
      <translation>Комментарий бош.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="70" />
      <source>The plan has no measure {code}.</source>
      <translation>Планда {code} чарасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/periods.py" line="51" />
      <source>The plan has no reporting period {period}.</source>
      <translation>Планда {period} отчеттук мезгили жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="73" />
      <source>The report for {period} cannot be marked complete: {count} in {measures}, first in measure {first}.</source>
      <translation>{period} үчүн отчетту даяр деп белгилөөгө болбойт: {measures} {count} бар, биринчиси {first} чарасында.</translation>
    </message>
    <message>
      <source>The report for {period} cannot be marked complete: {count} problem(s) in {measures} measure(s), first in measure {first}.</source>
      <translation type="vanished">{period} үчүн отчетту даяр деп белгилөөгө болбойт: каталар — {count}, чаралардын саны — {measures}, биринчиси {first} чарасында.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/periods.py" line="161" />
      <source>The report for {period} is approved and locked. Unlock it (with a reason) to change it.</source>
      <translation>{period} үчүн отчет бекитилген жана кулпуланган. Өзгөртүү үчүн аны (себебин көрсөтүп) кайра ачыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="130" />
      <source>The report for {period} is not approved, so it is not locked.</source>
      <translation>{period} үчүн отчет бекитилген эмес, ошондуктан кулпуланган эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="221" />
      <source>The report has no field {field}.</source>
      <translation>Отчетто {field} талаасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/rules.py" line="46" />
      <source>There are no report rules for the plan {plan}.</source>
      <translation>{plan} планы үчүн отчет эрежелери жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="226" />
      <source>Unknown status {status}.</source>
      <translation>Белгисиз абал {status}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="277" />
      <source>Word's line breaks became line breaks</source>
      <translation>Word'дун сап которуулары жаңы сапка айланды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="280" />
      <source>invisible control characters were removed</source>
      <translation>көрүнбөгөн башкаруучу белгилер алынып салынды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="279" />
      <source>soft hyphens were removed</source>
      <translation>жумшак которуу белгилери алынып салынды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="278" />
      <source>tabs became spaces</source>
      <translation>табуляциялар боштукка айланды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency_returns.py" line="62" />
      <source>the agency</source>
      <translation>агенттик</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/carry.py" line="33" />
      <source>{period} is the first period of the plan; there is nothing to carry forward.</source>
      <translation>{period} — пландын биринчи мезгили; өткөрө турган эч нерсе жок.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="83" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n күн калды</numerusform>
        <numerusform>%n күн калды</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/page.py" line="548" />
      <source>%n measure(s)</source>
      <translation>
        <numerusform>%n чарада</numerusform>
        <numerusform>%n чарада</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/page.py" line="547" />
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n ката</numerusform>
        <numerusform>%n ката</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/page.py" line="533" />
      <source>%n value(s) carried forward from the previous period.</source>
      <translation>
        <numerusform>Мурунку мезгилден %n маани өткөрүлдү.</numerusform>
        <numerusform>Мурунку мезгилден %n маани өткөрүлдү.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="96" />
      <source>&amp;Attach files…</source>
      <translation>Файлдарды &amp;тиркөө…</translation>
    </message>
    <message>
      <source>&amp;Unlock…</source>
      <translation>Кайра &amp;ачуу…</translation>
    </message>
    <message>
      <source>A&amp;pprove…</source>
      <translation>&amp;Бекитүү…</translation>
    </message>
    <message>
      <source>Also report on measures that local self-government does not take part in</source>
      <translation>ЖӨБ органдары катышпаган чаралар боюнча да отчет берүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="50" />
      <source>Approved, locked</source>
      <translation>Бекитилди, кулпуланды</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="142" />
      <source>Attach documents and photos</source>
      <translation>Документтерди жана сүрөттөрдү тиркөө</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Текшерүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="497" />
      <source>Comment added.</source>
      <translation>Комментарий кошулду.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="488" />
      <source>Comments: {what}</source>
      <translation>Комментарийлер: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="49" />
      <source>Complete</source>
      <translation>Даяр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="182" />
      <source>Copying files…</source>
      <translation>Файлдар көчүрүлүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="144" />
      <source>Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)</source>
      <translation>Документтер жана сүрөттөр (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="103" />
      <source>Documents and photos:</source>
      <translation>Документтер жана сүрөттөр:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="48" />
      <source>Draft</source>
      <translation>Долбоор</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="195" />
      <source>Files attached.</source>
      <translation>Файлдар тиркелди.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="148" />
      <source>History of {period}</source>
      <translation>{period}: тарых</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="458" />
      <source>History: {what}</source>
      <translation>Тарых: {what}</translation>
    </message>
    <message>
      <source>Mark &amp;complete</source>
      <translation>&amp;Даяр деп белгилөө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="440" />
      <source>Measure {code} added to the report.</source>
      <translation>{code} чарасы отчетко кошулду.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="442" />
      <source>Measure {code} removed from the report.</source>
      <translation>{code} чарасы отчеттон алынды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="541" />
      <source>No problems found: the report can be marked complete.</source>
      <translation>Ката табылган жок: отчетту даяр деп белгилесе болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="251" />
      <source>Nothing is reported for {period} yet. Choose a measure in the list and fill in its status and what was done, or press “Start from previous period” to begin from the last report.</source>
      <translation>{period} боюнча азырынча эч нерсе толтурула элек. Тизмеден чараны тандап, анын статусун жана эмне жасалганын толтуруңуз, же акыркы отчеттон баштоо үчүн «Мурунку мезгилден баштоо» баскычын басыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="107" />
      <source>Nothing to redo</source>
      <translation>Кайталай турган эч нерсе жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="102" />
      <source>Nothing to undo</source>
      <translation>Артка кайтара турган эч нерсе жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="162" />
      <source>Open the report</source>
      <translation>Отчетту ачуу</translation>
    </message>
    <message>
      <source>Other measures</source>
      <translation>Башка чаралар</translation>
    </message>
    <message>
      <source>Period history…</source>
      <translation>Мезгилдин тарыхы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="171" />
      <source>Predecessors' reports (archive, read-only)</source>
      <translation>Мурунку муниципалитеттердин отчеттору (архив, окуу үчүн гана)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="64" />
      <source>Redo</source>
      <translation>Кайталоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="108" />
      <source>Redo: {what} ({keys})</source>
      <translation>Кайталоо: {what} ({keys})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="100" />
      <source>Remove file</source>
      <translation>Файлды алып салуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="400" />
      <source>Saved.</source>
      <translation>Сакталды.</translation>
    </message>
    <message>
      <source>Start from previous period</source>
      <translation>Мурунку мезгилден баштоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="146" />
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="160" />
      <source>The file {path} was not found.</source>
      <translation>{path} файлы табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="66" />
      <source>The programme has ended: this report is an archive. It can still be completed; it is no longer overdue.</source>
      <translation>Программа аяктаган: бул отчет архивде. Аны дагы эле толтурууга болот; ал мөөнөтү өткөн деп эсептелбейт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="576" />
      <source>The report is approved and locked.</source>
      <translation>Отчет бекитилди жана кулпуланды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="564" />
      <source>The report is marked complete. The head can approve it now.</source>
      <translation>Отчет даяр деп белгиленди. Эми башчы аны беките алат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="591" />
      <source>The report is unlocked; the reason is in the history.</source>
      <translation>Отчет кайра ачылды; себеби тарыхка жазылды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="62" />
      <source>Undo</source>
      <translation>Артка кайтаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="103" />
      <source>Undo: {what} ({keys})</source>
      <translation>Артка кайтаруу: {what} ({keys})</translation>
    </message>
    <message>
      <source>Who marked the report complete, approved, unlocked or returned it, when and why; and a predecessor's archived reports</source>
      <translation>Отчетту ким, качан жана эмне үчүн даяр деп белгилеген, бекиткен, кайра ачкан же кайтарган; мурунку муниципалитеттин архивдеги отчеттору</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="79" />
      <source>approved by {name} on {date}</source>
      <translation>бекиткен {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="60" />
      <source>archive</source>
      <translation>архив</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="85" />
      <source>archive: the programme has ended</source>
      <translation>архив: программа аяктаган</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="57" />
      <source>current</source>
      <translation>учурдагы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="58" />
      <source>due soon</source>
      <translation>мөөнөтү жакындады</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="56" />
      <source>not started yet</source>
      <translation>азырынча башталган жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="59" />
      <source>overdue</source>
      <translation>кечиктирилген</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="87" />
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>%n күнгө кечиктирилди</numerusform>
        <numerusform>%n күнгө кечиктирилди</numerusform>
      </translation>
    </message>
    <message>
      <source>overdue by {days} days</source>
      <translation type="vanished">{days} күнгө кечиктирилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="61" />
      <source>submitted</source>
      <translation>тапшырылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="362" />
      <source>{code}: clear what the status left</source>
      <translation>{code}: абалга тиешеси жоктор тазаланды</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation type="vanished">калган күндөр: {days}</translation>
    </message>
    <message>
      <source>{n} problem(s) in {m} measure(s). The first is shown.</source>
      <translation type="vanished">Каталар: {n}, чараларда: {m}. Биринчиси көрсөтүлдү.</translation>
    </message>
    <message>
      <source>{n} values carried forward from the previous period.</source>
      <translation type="vanished">Мурунку мезгилден өткөрүлгөн маанилер: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="75" />
      <source>{period}: {state}. Due {date}</source>
      <translation>{period}: {state}. Мөөнөтү {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="546" />
      <source>{problems} in {measures}. The first is shown.</source>
      <translation>{measures} {problems}. Биринчиси көрсөтүлдү.</translation>
    </message>
  </context>
  <context>
    <name>ReportRules</name>
    <message numerus="yes">
      <location filename="msu_desktop/domain/report.py" line="471" />
      <source>At most %n digit(s) after the decimal point (soms and tyiyns).</source>
      <translation>
        <numerusform>Үтүрдөн кийин %n белгиден ашпашы керек (сом жана тыйын).</numerusform>
        <numerusform>Үтүрдөн кийин %n белгиден ашпашы керек (сом жана тыйын).</numerusform>
      </translation>
    </message>
    <message>
      <source>At most {n} digits after the decimal point (soms and tyiyns).</source>
      <translation type="vanished">Үтүрдөн кийин {n} белгиден ашпашы керек (сом жана тыйын).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="464" />
      <source>Cannot be negative.</source>
      <translation>Терс сан болбошу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="338" />
      <source>Does not apply when the status is {status}: clear it.</source>
      <translation>Абалы {status} болгондо колдонулбайт: тазалаңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="500" />
      <source>Ends before it starts.</source>
      <translation>Аяктоо датасы башталышынан мурун.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="457" />
      <source>Enter a whole number.</source>
      <translation>Бүтүн сан киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="441" />
      <source>Give at least one of: {fields}.</source>
      <translation>Жок дегенде бирөөнү толтуруңуз: {fields}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="507" />
      <source>Is after the end of the period ({date}).</source>
      <translation>Мезгилдин аягынан ({date}) кийин.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="493" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Бул дата эмес: {value} (КК.АА.ЖЖЖЖ форматы).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="450" />
      <source>Not a number: {value}</source>
      <translation>Бул сан эмес: {value}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="525" />
      <source>Not one of the offered choices.</source>
      <translation>Сунушталган варианттардын ичинде жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="360" />
      <source>Required when the status is one of {statuses}.</source>
      <translation>Абалы {statuses} болгондо милдеттүү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="359" />
      <source>Required when the status is {status}.</source>
      <translation>Абалы {status} болгондо милдеттүү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="356" />
      <source>Required.</source>
      <translation>Милдеттүү талаа.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/domain/report.py" line="536" />
      <source>Too long: at most %n character(s).</source>
      <translation>
        <numerusform>Өтө узун: %n белгиден ашпашы керек.</numerusform>
        <numerusform>Өтө узун: %n белгиден ашпашы керек.</numerusform>
      </translation>
    </message>
    <message>
      <source>Too long: at most {n} characters.</source>
      <translation type="vanished">Өтө узун: {n} белгиден ашпашы керек.</translation>
    </message>
  </context>
  <context>
    <name>RevaluationDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="33" />
      <source>Basis (act, order):</source>
      <translation>Негизи (акт, буйрук):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="30" />
      <source>Date:</source>
      <translation>Күнү:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="31" />
      <source>New book value, som:</source>
      <translation>Жаңы баланстык нарк, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="32" />
      <source>Residual value, som:</source>
      <translation>Калдык нарк, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="21" />
      <source>Revaluation</source>
      <translation>Кайра баалоо</translation>
    </message>
  </context>
  <context>
    <name>SaveDialogs</name>
    <message>
      <location filename="msu_desktop/gui/save_dialogs.py" line="59" />
      <source>Open &amp;folder</source>
      <translation>&amp;Папканы ачуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/save_dialogs.py" line="51" />
      <source>Saved: {name}
Folder: {folder}</source>
      <translation>Сакталды: {name}
Папка: {folder}</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="119" />
      <source>#{seq}, received {date}</source>
      <translation>№{seq}, {date} алынды</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/staff_plan.py" line="364" />
      <source>%n problem(s); nothing can be published until they are fixed in the workbook.</source>
      <translation>
        <numerusform>%n көйгөй; китепте оңдолмоюнча эч нерсе жарыяланбайт.</numerusform>
        <numerusform>%n көйгөй; китепте оңдолмоюнча эч нерсе жарыяланбайт.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="359" />
      <source>Accept</source>
      <translation>Кабыл алуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="405" />
      <source>Accept this package? The municipality will be told.</source>
      <translation>Бул пакетти кабыл аласызбы? Муниципалитетке билдирилет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="175" />
      <source>Action Plan workbook (.xlsx)</source>
      <translation>Иш-аракеттер планынын китеби (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="71" />
      <source>Add</source>
      <translation>Кошуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="67" />
      <source>Add an account</source>
      <translation>Эсеп кошуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="371" />
      <source>Against the installed version</source>
      <translation>Орнотулган версияга салыштырмалуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="430" />
      <source>Back to the package</source>
      <translation>Пакетке кайтуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="295" />
      <source>Before</source>
      <translation>Мурда</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="173" />
      <source>Blank Action Plan workbook (Kyrgyz and Russian sheets)</source>
      <translation>Иш-аракеттер планынын бош китеби (кыргызча жана орусча барактар)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="378" />
      <source>Check the plan</source>
      <translation>Планды текшерүү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="475" />
      <source>Choose a period.</source>
      <translation>Мезгилди тандаңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="96" />
      <source>Choose the workbook file to upload.</source>
      <translation>Жүктөө үчүн китептин файлын тандаңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="219" />
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="352" />
      <source>Comment of the agency</source>
      <translation>Агенттиктин түшүндүрмөсү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="356" />
      <source>Comment on the whole report</source>
      <translation>Бүтүндөй отчетко түшүндүрмө</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="552" />
      <source>Confirm</source>
      <translation>Тастыктоо</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="547" />
      <source>Confirm a key from the stamped paper</source>
      <translation>Мөөр басылган кагаз боюнча ачкычты тастыктоо</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="432" />
      <source>Confirm the decision</source>
      <translation>Чечимди тастыктаңыз</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="580" />
      <source>Confirmed; the held packages got their receipts.</source>
      <translation>Тастыкталды; кармалган пакеттер тил каттарын алышты.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="351" />
      <source>Confirming document and evidence</source>
      <translation>Тастыктоочу документ жана далилдер</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="257" />
      <source>Consolidated report (PDF)</source>
      <translation>Жыйынтыктоочу отчет (PDF)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="256" />
      <source>Consolidated report (xlsx)</source>
      <translation>Жыйынтыктоочу отчет (xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="341" />
      <source>Created</source>
      <translation>Түзүлгөн</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="350" />
      <source>Dates</source>
      <translation>Даталар</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="360" />
      <source>Decisions</source>
      <translation>Чечимдер</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="38" />
      <source>Each merged municipality with its former ones: who was expected for a period is judged by the directory valid then (before the merger the former municipalities, from it the merged one).</source>
      <translation>Ар бир бириктирилген муниципалитет мурдагылары менен: мезгил үчүн ким отчет бериши керек экени ошол мезгилде күчүндө болгон маалымдама боюнча аныкталат (бириктирүүгө чейин — мурдагы муниципалитеттер, андан баштап — бириктирилгени).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="644" />
      <source>Evidence</source>
      <translation>Далилдер</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="578" />
      <source>Expected: the first package signed with this key will be trusted.</source>
      <translation>Күтүлүүдө: бул ачкыч менен кол коюлган биринчи пакетке ишеним көрсөтүлөт.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="172" />
      <source>Fill in the Action Plan workbook as the decree's annex: one sheet per language (№, measure, deadline, expected result and indicators, executors, funding) and the sheet programme with its years and reporting rule. If the annex came as Word, upload its tables (.docx) with the workbook: they replace the ky and ru sheets.</source>
      <translation>Иш-аракеттер планынын китебин токтомдун тиркемесиндей толтуруңуз: ар бир тилге бир барак (№, иш-чара, мөөнөт, күтүлгөн натыйжа жана көрсөткүчтөр, аткаруучулар, каржылоо) жана программанын жылдары менен отчеттуулук эрежеси бар programme барагы. Эгер тиркеме Word түрүндө келсе, анын таблицаларын (.docx) китеп менен кошо жүктөңүз: алар ky жана ru барактарын алмаштырат.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="551" />
      <source>Fingerprint</source>
      <translation>Манжа изи</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="348" />
      <source>Indicators</source>
      <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="544" />
      <source>Keys waiting for confirmation</source>
      <translation>Тастыктоону күткөн ачкычтар</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="83" />
      <source>Log in</source>
      <translation>Кирүү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="90" />
      <source>Log out</source>
      <translation>Чыгуу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="81" />
      <source>Login</source>
      <translation>Логин</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="345" />
      <source>Measure</source>
      <translation>Иш-чара</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="224" />
      <source>Merged municipalities and their former ones</source>
      <translation>Бириктирилген муниципалитеттер жана алардын мурдагылары</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="349" />
      <source>Money by source, som</source>
      <translation>Булактар боюнча каражат, сом</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="643" />
      <source>Money, total</source>
      <translation>Каражат, бардыгы</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="320" />
      <source>Move one period's deadline</source>
      <translation>Бир мезгилдин мөөнөтүн жылдыруу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="324" />
      <source>Move the deadline</source>
      <translation>Мөөнөттү жылдыруу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="554" />
      <source>Municipalities' keys</source>
      <translation>Муниципалитеттердин ачкычтары</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="545" />
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="70" />
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="323" />
      <source>New deadline (31.12.2031)</source>
      <translation>Жаңы мөөнөт (31.12.2031)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="546" />
      <source>New key (not confirmed)</source>
      <translation>Жаңы ачкыч (тастыкталган эмес)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="86" />
      <source>New password</source>
      <translation>Жаңы сырсөз</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="351" />
      <source>No such draft; upload the workbook again.</source>
      <translation>Мындай долбоор жок; китепти кайра жүктөңүз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="391" />
      <source>No such package.</source>
      <translation>Мындай пакет жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="203" />
      <source>No such plan package.</source>
      <translation>Мындай план пакети жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="290" />
      <source>No value changed.</source>
      <translation>Бир да маани өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="144" />
      <source>Not a period</source>
      <translation>Мезгил эмес</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="177" />
      <source>Not saved</source>
      <translation>Сакталган жок</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="295" />
      <source>Now</source>
      <translation>Азыр</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="259" />
      <source>Package</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="271" />
      <source>Package of a municipality</source>
      <translation>Муниципалитеттин пакети</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="546" />
      <source>Packages held</source>
      <translation>Кармалган пакеттер</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/web.py" line="210" />
      <source>Packages held until a key is confirmed: %n</source>
      <translation>
        <numerusform>Ачкыч тастыкталганга чейин кармалган пакеттер: %n</numerusform>
        <numerusform>Ачкыч тастыкталганга чейин кармалган пакеттер: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="339" />
      <source>Passphrase of the agency's signing key</source>
      <translation>Агенттиктин кол коюу ачкычынын сырсөзү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="82" />
      <source>Password</source>
      <translation>Сырсөз</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="253" />
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="336" />
      <source>Publish</source>
      <translation>Жарыялоо</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="222" />
      <source>Publish a programme</source>
      <translation>Программаны жарыялоо</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="178" />
      <source>Published plan packages (for USB delivery)</source>
      <translation>Жарыяланган план пакеттери (флешка менен жеткирүү үчүн)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="426" />
      <source>Published: {name}. Download it below for USB delivery.</source>
      <translation>Жарыяланды: {name}. Флешка менен жеткирүү үчүн аны төмөндөн жүктөп алыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="219" />
      <source>Reason</source>
      <translation>Себеби</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="343" />
      <source>Received</source>
      <translation>Алынган</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="218" />
      <source>Refused uploads and why</source>
      <translation>Кабыл алынбаган жүктөөлөр жана себептери</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/web.py" line="201" />
      <source>Refused uploads from unverified senders (counted, not listed): %n</source>
      <translation>
        <numerusform>Текшерилбеген жөнөтүүчүлөрдөн четке кагылган жүктөөлөр (саналат, тизмеленбейт): %n</numerusform>
        <numerusform>Текшерилбеген жөнөтүүчүлөрдөн четке кагылган жүктөөлөр (саналат, тизмеленбейт): %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="545" />
      <source>Registered key</source>
      <translation>Катталган ачкыч</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="553" />
      <source>Registered keys</source>
      <translation>Катталган ачкычтар</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="56" />
      <source>Remove</source>
      <translation>Өчүрүү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="106" />
      <source>Removed: {login}</source>
      <translation>Өчүрүлдү: {login}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="261" />
      <source>Reports received by the agency</source>
      <translation>Агенттикке келген отчеттор</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="358" />
      <source>Return for correction</source>
      <translation>Оңдоого кайтаруу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="407" />
      <source>Return this package for correction with these comments? The municipality will be told.</source>
      <translation>Бул пакетти ушул эскертүүлөр менен оңдоого кайтарасызбы? Муниципалитетке билдирилет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="254" />
      <source>Show</source>
      <translation>Көрсөтүү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="341" />
      <source>Sign and publish</source>
      <translation>Кол коюп жарыялоо</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="328" />
      <source>Sign and publish {title}, version {version}? The offices will install it as their programme.</source>
      <translation>«{title}», {version}-версиясына кол коюп жарыялайлыбы? Айыл өкмөттөрү аны өз программасы катары орнотушат.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="223" />
      <source>Staff accounts</source>
      <translation>Кызматкерлердин эсептери</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="259" />
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="641" />
      <source>Status</source>
      <translation>Статусу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="255" />
      <source>Submitted: {s} · late: {l} · missing: {m}</source>
      <translation>Тапшырылды: {s} · кечикти: {l} · жок: {m}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="151" />
      <source>The agency is not set up in this folder: run msu-agency init first, then start the inbox again.</source>
      <translation>Агенттик бул папкада орнотула элек: адегенде msu-agency init аткарып, анан кабыл алуучуну кайра иштетиңиз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="85" />
      <source>The agency's inbox: staff login</source>
      <translation>Агенттиктин кабыл алуу кутусу: кызматкерлердин кирүүсү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="176" />
      <source>The annex's tables in Word (.docx), if any</source>
      <translation>Тиркеменин Word таблицалары (.docx), бар болсо</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="398" />
      <source>The deadline was moved in the draft.</source>
      <translation>Мөөнөт долбоордо жылдырылды.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="48" />
      <source>The directory names no merged municipality.</source>
      <translation>Маалымдамада бириктирилген муниципалитет жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="123" />
      <source>The form has expired or did not come from this page; open the page again.</source>
      <translation>Форманын мөөнөтү бүттү же ал бул барактан келген эмес; баракты кайра ачыңыз.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="71" />
      <source>The form is too large.</source>
      <translation>Форма өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="340" />
      <source>The key does not leave the agency's folder; the passphrase is used once and not kept.</source>
      <translation>Ачкыч агенттиктин папкасынан чыкпайт; сырсөз бир жолу колдонулат жана сакталбайт.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="83" />
      <source>The password of {login}, shown only now; hand it over in person:</source>
      <translation>{login} сырсөзү, азыр гана көрсөтүлөт; аны жеке өзүңүз тапшырыңыз:</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="444" />
      <source>The plan has problems; nothing was signed.</source>
      <translation>Планда көйгөйлөр бар; эч нерсеге кол коюлган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="340" />
      <source>The report as PDF</source>
      <translation>Отчёт PDF түрүндө</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="447" />
      <source>The signing key is not on this computer (it is kept offline): copy agency.key from its stick into the keys folder of the agency's data folder, publish, then delete it from there again.</source>
      <translation>Кол коюу ачкычы бул компьютерде жок (ал офлайн сакталат): agency.key файлын флешкадан агенттиктин маалымат папкасындагы keys папкасына көчүрүп, жарыялаңыз, анан аны ошол жерден кайра өчүрүңүз.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/staff_plan.py" line="85" />
      <source>The upload is larger than %n MB; nothing was changed.</source>
      <translation>
        <numerusform>Жүктөлгөн файл %n МБдан чоң; эч нерсе өзгөргөн жок.</numerusform>
        <numerusform>Жүктөлгөн файл %n МБдан чоң; эч нерсе өзгөргөн жок.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="373" />
      <source>The whole plan in both languages</source>
      <translation>Бүт план эки тилде</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="281" />
      <source>This corrected package replaces</source>
      <translation>Бул оңдолгон пакет алмаштырат:</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="142" />
      <source>This is not a reporting period (write it as 2021-H2).</source>
      <translation>Бул отчёттук мезгил эмес (2021-H2 түрүндө жазыңыз).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="566" />
      <source>This is not a СОАТЕ code.</source>
      <translation>Бул СОАТЕ коду эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="411" />
      <source>Tick the confirmation first; nothing was signed.</source>
      <translation>Адегенде ырастоону белгилеңиз; эч нерсеге кол коюлган жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="219" />
      <source>Time</source>
      <translation>Убакыт</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="548" />
      <source>Type the fingerprint exactly as printed on the municipality's stamped paper report. It is compared with the keys that signed its packages; before any package arrived, it is recorded as expected.</source>
      <translation>Манжа изин муниципалитеттин мөөр басылган кагаз отчётунда басылгандай так жазыңыз. Ал анын пакеттерине кол койгон ачкычтар менен салыштырылат; пакет келе электе ал күтүлгөн катары жазылат.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="241" />
      <source>Upload the Action Plan workbook (.xlsx): it holds the programme's years and reporting rule, even when the tables come in Word.</source>
      <translation>Иш-аракеттер планынын китебин (.xlsx) жүктөңүз: программанын жылдары жана отчеттуулук эрежеси анда, таблицалар Word түрүндө келсе да.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="294" />
      <source>Value</source>
      <translation>Маани</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="363" />
      <source>What</source>
      <translation>Эмне</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="293" />
      <source>What changed since #{seq}</source>
      <translation>#{seq} бери эмне өзгөрдү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="642" />
      <source>What was done</source>
      <translation>Эмне аткарылды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="361" />
      <source>When</source>
      <translation>Качан</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="362" />
      <source>Who</source>
      <translation>Ким</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="72" />
      <source>Who did what</source>
      <translation>Ким эмне кылды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="76" />
      <source>Wrong login or password.</source>
      <translation>Логин же сырсөз туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="429" />
      <source>Yes, decide</source>
      <translation>Ооба, чечүү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="302" />
      <source>accepted</source>
      <translation>кабыл алынды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="28" />
      <source>accepted a package</source>
      <translation>пакетти кабыл алды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="32" />
      <source>added an account</source>
      <translation>эсеп кошту</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="30" />
      <source>confirmed a key</source>
      <translation>ачкычты ырастады</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="525" />
      <source>expected: {fp}</source>
      <translation>күтүлүүдө: {fp}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="190" />
      <source>late</source>
      <translation>кечикти</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="27" />
      <source>logged in</source>
      <translation>кирди</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="179" />
      <source>missing, late</source>
      <translation>жок, мөөнөтү өтүп кечикти</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="123" />
      <source>not expected for this period by the directory</source>
      <translation>маалымдама боюнча бул мезгил үчүн күтүлгөн эмес</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="181" />
      <source>not yet submitted</source>
      <translation>азырынча тапшырыла элек</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="31" />
      <source>published a plan</source>
      <translation>планды жарыялады</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="135" />
      <source>received, waiting for a decision</source>
      <translation>келди, чечимди күтүүдө</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="33" />
      <source>removed an account</source>
      <translation>эсепти өчүрдү</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="34" />
      <source>reset a password</source>
      <translation>сырсөздү алмаштырды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="29" />
      <source>returned a package</source>
      <translation>пакетти кайтарды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="303" />
      <source>returned for correction</source>
      <translation>оңдоого кайтарылды</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="511" />
      <source>the key of the former {name} {code}: confirming moves it here</source>
      <translation>мурунку {name} {code} ачкычы: тастыктасаңыз, ал бул жакка өтөт</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="62" />
      <source>{name} is not an Action Plan workbook (.xlsx) or a Word document (.docx) that can be read; nothing was changed.</source>
      <translation>{name} окула турган Иш-аракеттер планынын китеби (.xlsx) же Word документи (.docx) эмес; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="393" />
      <source>{value} is not a date (31.12.2028).</source>
      <translation>{value} дата эмес (31.12.2028).</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="msu_desktop/gui/app.py" line="129" />
      <source>Restore the latest good backup from {date}?</source>
      <translation>{date} күнкү акыркы жарактуу камдык көчүрмөнү калыбына келтиресизби?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/app.py" line="117" />
      <source>There is no good backup in {path}. If you have a backup on a USB stick, restore it with: msu-desktop restore FILE</source>
      <translation>{path} ичинде жарактуу камдык көчүрмө жок. Флешкада көчүрмө болсо, аны калыбына келтириңиз: msu-desktop restore ФАЙЛ</translation>
    </message>
  </context>
  <context>
    <name>Succession</name>
    <message>
      <location filename="msu_desktop/services/succession.py" line="47" />
      <source>The directory says that {old} is now {new} from {date}. New reports and packages will carry the new name and code; those already sent stay under the old ones.</source>
      <translation>Маалымдама боюнча {old} {date} баштап {new} деп аталат. Жаңы отчёттор жана пакеттер жаңы аталышты жана кодду алышат; жөнөтүлгөндөрү мурункусу боюнча калат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/succession.py" line="37" />
      <source>The directory says that {old} was merged into {new} from {date}. New reports and packages will carry the new code; those already sent stay under the old one.</source>
      <translation>Маалымдама боюнча {old} {date} баштап {new} курамына бириктирилген. Жаңы отчёттор жана пакеттер жаңы кодду алышат; жөнөтүлгөндөрү мурунку код боюнча калат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/succession.py" line="102" />
      <source>The municipality was changed meanwhile; nothing was changed. Look again.</source>
      <translation>Муниципалитет ушул убакта өзгөртүлгөн; эч нерсе өзгөргөн жок. Кайра карап чыгыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/succession.py" line="124" />
      <source>succession by the directory ({decision})</source>
      <translation>маалымдама боюнча укук мураскорлук ({decision})</translation>
    </message>
  </context>
  <context>
    <name>SuccessionBanner</name>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="27" />
      <source>Accept the change</source>
      <translation>Өзгөртүүнү кабыл алуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="30" />
      <source>Bring in a predecessor's data…</source>
      <translation>Мурунку муниципалитеттин маалыматын көчүрүү…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="51" />
      <source>Merged into this municipality: {names}. Their property registers can be brought in from their backups or data folders.</source>
      <translation>Бул муниципалитетке кошулгандар: {names}. Алардын мүлк реестрлерин камдык көчүрмөлөрүнөн же маалымат папкаларынан көчүрүүгө болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="68" />
      <source>The predecessor's register was brought in.</source>
      <translation>Мурунку муниципалитеттин реестри көчүрүлдү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="80" />
      <source>This office is now {name} ({code}).</source>
      <translation>Эми бул {name} ({code}).</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="msu_desktop/gui/workers.py" line="89" />
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/transfer.py" line="120" />
      <source>%n object(s) were brought in before and are left as they are.</source>
      <translation>
        <numerusform>%n объект мурун көчүрүлгөн жана өзгөрүүсүз калтырылды.</numerusform>
        <numerusform>%n объект мурун көчүрүлгөн жана өзгөрүүсүз калтырылды.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/transfer.py" line="77" />
      <source>From {name} ({code}): %n object(s) to bring in.</source>
      <translation>
        <numerusform>{name} ({code}) ичинен: %n объект көчүрүлөт.</numerusform>
        <numerusform>{name} ({code}) ичинен: %n объект көчүрүлөт.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="97" />
      <source>Leases: {leases}; council decisions: {decisions}; revaluations: {revaluations}.</source>
      <translation>Ижара келишимдери: {leases}; кеңештин чечимдери: {decisions}; кайра баалоолор: {revaluations}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="88" />
      <source>No. {old} is taken in this register: it becomes {new}.</source>
      <translation>№ {old} бул реестрде бош эмес: ал {new} болот.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/transfer.py" line="108" />
      <source>Reports of {name}: %n period(s), kept as a read-only archive (PDF) in archive/{code}.</source>
      <translation>
        <numerusform>{name} отчёттору: %n мезгил, archive/{code} папкасында окуу үчүн гана архив (PDF) катары сакталат.</numerusform>
        <numerusform>{name} отчёттору: %n мезгил, archive/{code} папкасында окуу үчүн гана архив (PDF) катары сакталат.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="396" />
      <source>transferred from {name} ({code}) by merger on {date} ({decision}); former inventory No. {old}</source>
      <translation>{date} бириктирүүдө {name} ({code}) ичинен өткөрүлдү ({decision}); мурунку инв. № {old}</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="131" />
      <source>Backup file</source>
      <translation>Камдык көчүрмө файлы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="44" />
      <source>Backup file or data folder</source>
      <translation>Камдык көчүрмө файлы же маалымат папкасы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="45" />
      <source>Backup file…</source>
      <translation>Камдык көчүрмө файлы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="131" />
      <source>Backups (*.zip)</source>
      <translation>Камдык көчүрмөлөр (*.zip)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="66" />
      <source>Bring in</source>
      <translation>Көчүрүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="32" />
      <source>Bring in a predecessor's data</source>
      <translation>Мурунку муниципалитеттин маалыматын көчүрүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="64" />
      <source>Check</source>
      <translation>Текшерүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="144" />
      <source>Choose a backup file or a data folder first.</source>
      <translation>Адегенде камдык көчүрмө файлын же маалымат папкасын тандаңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="34" />
      <source>Choose the backup (.zip) or the data folder of this app from a municipality that was merged into yours, or the Excel register it kept. Check shows what would come; nothing is changed until you press Bring in. Its data is only read.</source>
      <translation>Сиздин муниципалитетке кошулган муниципалитеттин бул программадагы камдык көчүрмөсүн (.zip) же маалымат папкасын, же ал жүргүзгөн Excel реестрин тандаңыз. «Текшерүү» эмне көчүрүлөрүн көрсөтөт; «Көчүрүү» баскычын баспасаңыз эч нерсе өзгөрбөйт. Анын маалыматтары окулат гана.</translation>
    </message>
    <message>
      <source>Choose the backup (.zip) or the data folder of this app from a municipality that was merged into yours. Check shows what would come; nothing is changed until you press Bring in. Its data is only read.</source>
      <translation type="vanished">Сиздин муниципалитетке кошулган муниципалитеттин бул программадагы камдык көчүрмөсүн (.zip) же маалымат папкасын тандаңыз. «Текшерүү» эмне көчүрүлөрүн көрсөтөт; «Көчүрүү» баскычын баспасаңыз эч нерсе өзгөрбөйт. Анын маалыматтары окулат гана.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="69" />
      <source>Close</source>
      <translation>Жабуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="137" />
      <source>Data folder</source>
      <translation>Маалымат папкасы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="47" />
      <source>Data folder…</source>
      <translation>Маалымат папкасы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="173" />
      <source>Done: brought in as checked.</source>
      <translation>Даяр: текшерүүдө көрсөтүлгөндөй көчүрүлдү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="109" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="109" />
      <source>Excel register</source>
      <translation>Excel реестри</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="49" />
      <source>Excel register…</source>
      <translation>Excel реестри…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="55" />
      <source>The Excel register of:</source>
      <translation>Excel реестри кимдики:</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="94" />
      <source>Unlock</source>
      <translation>Кайра ачуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="89" />
      <source>Unlock the report for {period}</source>
      <translation>{period} үчүн отчетту кайра ачуу</translation>
    </message>
    <message>
      <source>Why must the approved report be changed?</source>
      <translation>Эмне үчүн бекитилген отчетту өзгөртүү керек?</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="42" />
      <source>&amp;Close</source>
      <translation>&amp;Жабуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="44" />
      <source>&amp;Print…</source>
      <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="47" />
      <source>Save as &amp;PDF…</source>
      <translation>&amp;PDF катары сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="90" />
      <source>Save the user guide as PDF</source>
      <translation>Колдонмону PDF катары сактоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="85" />
      <source>Saved: {path}</source>
      <translation>Сакталды: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="78" />
      <source>User guide</source>
      <translation>Колдонмо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="91" />
      <source>User guide.pdf</source>
      <translation>Колдонмо.pdf</translation>
    </message>
  </context>
</TS>
