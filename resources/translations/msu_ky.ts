<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="64" />
      <source>Approve</source>
      <translation>Бекитүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="43" />
      <source>Approve the report for {period}</source>
      <translation>{period} үчүн отчетту бекитүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="60" />
      <source>Date of approval:</source>
      <translation>Бекитилген күнү:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="55" />
      <source>Head of the aiyl okmotu:</source>
      <translation>Айыл өкмөтүнүн башчысы:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="46" />
      <source>Once approved, the report is locked. It can be unlocked later only with a recorded reason.</source>
      <translation>Бекитилгенден кийин отчет кулпуланат. Аны себебин жазып гана кайра ачууга болот.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="83" />
      <source>Cancelled; nothing was attached.</source>
      <translation>Жокко чыгарылды; эч нерсе тиркелген жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="63" />
      <source>Cannot read {path} (was the USB stick removed?): {detail}</source>
      <translation>{path} окулбай жатат (флешка чыгарылып алындыбы?): {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="75" />
      <source>Reading {path} failed (was the USB stick removed?). Nothing was attached.</source>
      <translation>{path} окулган жок (флешка чыгарылып алындыбы?). Эч нерсе тиркелген жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="59" />
      <source>The file {path} was not found.</source>
      <translation>{path} файлы табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="152" />
      <source>The stored copy of {name} is missing.</source>
      <translation>{name} файлынын сакталган көчүрмөсү жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="134" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} — бул файл эмес, папка.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="88" />
      <source>{path} is larger than {mb} MB; attach a smaller file.</source>
      <translation>{path} {mb} МБдан чоң; кичирээк файл тиркеңиз.</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_desktop/cli/report.py" line="125" />
      <source>(not reported)</source>
      <translation>(отчет жок)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="215" />
      <source>By direction ({period}):</source>
      <translation>Багыттар боюнча ({period}):</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="60" />
      <source>Deadline</source>
      <translation>Мөөнөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="54" />
      <source>Done: {name}, reports for {count} periods, {files} attached files.</source>
      <translation>Даяр: {name}, {count} мезгил үчүн отчеттор, тиркелген файлдар: {files}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="61" />
      <source>Executors</source>
      <translation>Аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="62" />
      <source>Expected result</source>
      <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="50" />
      <source>Filling {path} with demo data…</source>
      <translation>{path} демонстрациялык маалыматтар менен толтурулууда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="63" />
      <source>Funding</source>
      <translation>Каржылоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="100" />
      <source>Interrupted.</source>
      <translation>Токтотулду.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="183" />
      <source>Next report: {period}, due {date} ({days} days left).</source>
      <translation>Кийинки отчет: {period}, мөөнөтү {date} (калган күндөр: {days}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="191" />
      <source>Next report: {period}, due {date}, overdue by {days} days.</source>
      <translation>Кийинки отчет: {period}, мөөнөтү {date}, {days} күнгө кечиктирилди.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="136" />
      <source>No problems: the report for {period} can be marked complete.</source>
      <translation>Ката жок: {period} үчүн отчетту даяр деп белгилесе болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="67" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Эскертүү: бул жерде токтомдун кыргызча жана орусча тексттери айырмаланат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="62" />
      <source>Open it with: msu-desktop --data-dir {path}</source>
      <translation>Аны ушул буйрук менен ачыңыз: msu-desktop --data-dir {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="103" />
      <source>approved by {name} on {date}</source>
      <translation>бекиткен: {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="121" />
      <source>due</source>
      <translation>мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="205" />
      <source>reported {r}/{t}, completed {c}, deadline missed {o}</source>
      <translation>отчет берилди {r}/{t}, аткарылды {c}, мөөнөтү бузулду {o}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="107" />
      <source>{days} days left</source>
      <translation>калган күндөр: {days}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="101" />
      <source>{n} of {total} reported</source>
      <translation>{total} ичинен {n} боюнча отчет берилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="128" />
      <source>{n} problem(s)</source>
      <translation>каталар: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="173" />
      <source>{n} values carried forward into {period}.</source>
      <translation>{period} мезгилине өткөрүлгөн маанилер: {n}.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="192" />
      <source>Add comment</source>
      <translation>Комментарий кошуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="186" />
      <source>Write a comment…</source>
      <translation>Комментарий жазыңыз…</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="41" />
      <source>Something went wrong inside the program. Your saved data is safe. A report was written to:</source>
      <translation>Программада ката кетти. Сакталган маалыматтар бузулган жок. Ката тууралуу отчет бул файлга жазылды:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="39" />
      <source>Unexpected error</source>
      <translation>Күтүлбөгөн ката</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="314" />
      <source>Cannot write {path}.</source>
      <translation>{path} жазылбай жатат.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="254" />
      <source>&amp;Print…</source>
      <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="328" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="257" />
      <source>Save as &amp;PDF…</source>
      <translation>&amp;PDF катары сактоо…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="328" />
      <source>Save the dashboard as PDF</source>
      <translation>Жыйынтыкты PDF катары сактоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="282" />
      <source>{approved} of {total} reports approved; {overdue} overdue.</source>
      <translation>Бекитилген отчеттор: {total} ичинен {approved}; кечиктирилгени: {overdue}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="272" />
      <source>{name} · as of {date}</source>
      <translation>{name} · {date} карата</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="msu_desktop/services/demo.py" line="302" />
      <source>The data folder {path} already has data. Choose an empty folder for the demo.</source>
      <translation>{path} маалыматтар папкасында маалыматтар бар. Демонстрация үчүн бош папканы тандаңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/demo.py" line="58" />
      <source>The demo data file is damaged.</source>
      <translation>Демонстрациялык маалыматтар файлы бузулган.</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="551" />
      <source>(target {n} {unit})</source>
      <translation>(максат: {n} {unit})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="504" />
      <source>DD.MM.YYYY</source>
      <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="522" />
      <source>Deadline: {deadline}. Expected result: {result}</source>
      <translation>Мөөнөтү: {deadline}. Күтүлгөн натыйжа: {result}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="530" />
      <source>Indicators</source>
      <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="534" />
      <source>Money spent, by source ({currency})</source>
      <translation>Булактар боюнча сарпталган каражат ({currency})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="490" />
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="88" />
      <source>Cannot create the data folder {path}: {detail}</source>
      <translation>Маалыматтар папкасын түзүү мүмкүн эмес {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="30" />
      <source>Cannot write to {path}: the drive is read-only or access is denied.</source>
      <translation>{path} жазуу мүмкүн эмес: диск жазуудан корголгон же кирүүгө тыюу салынган.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="39" />
      <source>Cannot write {path}: {detail}</source>
      <translation>{path} жазуу мүмкүн эмес: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="75" />
      <source>Measure {code} appears twice in the plan.</source>
      <translation>{code} чарасы планда эки жолу кездешет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="67" />
      <source>Measure {code} names an executor {executor} that is not in the glossary.</source>
      <translation>{code} чарасында кыскартуулар тизмесинде жок {executor} аткаруучусу көрсөтүлгөн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="139" />
      <source>No plan is installed.</source>
      <translation>План орнотулган эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="82" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Маалыматтар базасынын файлы бузулган ({detail}). Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="52" />
      <source>The database file is damaged and cannot be opened: {detail}</source>
      <translation>Маалыматтар базасынын файлы бузулган жана ачылбайт: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="34" />
      <source>The drive holding {path} is not available (was the USB stick removed?). Nothing was saved there; try again.</source>
      <translation>{path} жайгашкан диск жеткиликсиз (флешка чыгарылып алындыбы?). Ал жакка эч нерсе жазылган жок; кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="59" />
      <source>The file was not found: {path}</source>
      <translation>Файл табылган жок: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="144" />
      <source>The file {name} holds more data than the package declares.</source>
      <translation>{name} файлында пакетте көрсөтүлгөндөн көбүрөөк маалымат бар.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="152" />
      <source>The file {name} in the package is damaged.</source>
      <translation>Пакеттеги {name} файлы бузулган.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="133" />
      <source>The file {name} in the package is too large.</source>
      <translation>Пакеттеги {name} файлы өтө чоң.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="52" />
      <source>The key or signature is damaged (not valid base64).</source>
      <translation>Ачкыч же кол тамга бузулган (base64 жараксыз).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="32" />
      <source>The package contains a file with an invalid name: {name}</source>
      <translation>Пакетте жараксыз аталыштагы файл бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="165" />
      <source>The package contains a path that escapes its folder: {name}</source>
      <translation>Пакетте папкадан сыртка чыккан жол бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="101" />
      <source>The package contains a symbolic link: {name}</source>
      <translation>Пакетте символдук шилтеме бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="36" />
      <source>The package contains an absolute path: {name}</source>
      <translation>Пакетте абсолюттук жол бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="103" />
      <source>The package contains an encrypted file: {name}</source>
      <translation>Пакетте шифрленген файл бар: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="98" />
      <source>The package contains the file {name} twice.</source>
      <translation>{name} файлы пакетте эки жолу кездешет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="130" />
      <source>The package has no file {name}.</source>
      <translation>Пакетте {name} файлы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="89" />
      <source>The package has too many files ({n}).</source>
      <translation>Пакетте файлдар өтө көп ({n}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="116" />
      <source>The package is too large when unpacked.</source>
      <translation>Пакет ачылганда өтө чоң болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="111" />
      <source>The package looks like a zip bomb (file {name} expands too much).</source>
      <translation>Пакет «zip-бомбага» окшош ({name} файлы ачылганда өтө чоңоюп кетет).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="105" />
      <source>The package uses an unsupported compression: {name}</source>
      <translation>Пакетте колдоого алынбаган кысуу колдонулган: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="155" />
      <source>The private key cannot be opened: wrong password or damaged key file.</source>
      <translation>Жабык ачкыч ачылбайт: сырсөз туура эмес же ачкыч файлы бузулган.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="159" />
      <source>The private key is not an Ed25519 key.</source>
      <translation>Жабык ачкыч Ed25519 ачкычы эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="151" />
      <source>The private key is password-protected: a password is needed.</source>
      <translation>Жабык ачкыч сырсөз менен корголгон: сырсөз керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="102" />
      <source>The public key file has no key line.</source>
      <translation>Ачык ачкыч файлында ачкыч сабы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="98" />
      <source>The public key file is empty.</source>
      <translation>Ачык ачкыч файлы бош.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="67" />
      <source>The public key has the wrong length.</source>
      <translation>Ачык ачкычтын узундугу туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="228" />
      <source>The signature does not match: the file was changed or forged.</source>
      <translation>Кол тамга дал келбейт: файл өзгөртүлгөн же жасалма.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="193" />
      <source>The signature file is not in minisign format.</source>
      <translation>Кол тамга файлы minisign форматында эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="190" />
      <source>The signature file is too large to be a signature.</source>
      <translation>Кол тамга файлы өтө чоң, бул кол тамга эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="196" />
      <source>The signature has the wrong length.</source>
      <translation>Кол тамганын узундугу туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="199" />
      <source>The signature uses an unknown algorithm.</source>
      <translation>Кол тамга белгисиз алгоритмди колдонот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="220" />
      <source>The signature was made with a different key than the trusted one.</source>
      <translation>Кол тамга ишенимдүү ачкыч менен эмес, башка ачкыч менен коюлган.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="234" />
      <source>The signed comment was changed: the signature is not valid.</source>
      <translation>Кол коюлган комментарий өзгөртүлгөн: кол тамга жараксыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="202" />
      <source>The trusted comment signature has the wrong length.</source>
      <translation>Ишенимдүү комментарийдин кол тамгасынын узундугу туура эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="24" />
      <source>There is not enough free space on {path}. Free some space or choose another drive; nothing was changed.</source>
      <translation>{path} дискинде бош орун жетишсиз. Орун бошотуңуз же башка дискти тандаңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="62" />
      <source>This database was created by a newer version of MSU Desktop (schema {revision}). Install the newer version; the database has not been changed.</source>
      <translation>Бул маалыматтар базасы MSU Desktop программасынын жаңыраак версиясында түзүлгөн (схема {revision}). Жаңы версияны орнотуңуз; маалыматтар базасы өзгөргөн жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="73" />
      <source>This is not a package, or the file is truncated or damaged: {path}</source>
      <translation>Бул пакет эмес, же файл кесилген же бузулган: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="91" />
      <source>This is not an Ed25519 minisign public key.</source>
      <translation>Бул minisign Ed25519 ачык ачкычы эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="49" />
      <source>{what} is not a readable JSON file: {detail}</source>
      <translation>{what}: файл JSON катары окулбайт: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="35" />
      <source>{what} is not valid: at {where}: {detail}</source>
      <translation>{what}: маалыматта ката бар, орду {where}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="47" />
      <source>{what} was not found: {path}</source>
      <translation>{what}: табылган жок: {path}</translation>
    </message>
  </context>
  <context>
    <name>FieldRow</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="423" />
      <source>Carried forward from the previous period</source>
      <translation>Мурунку мезгилден өткөрүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="341" />
      <source>Comments on this value</source>
      <translation>Бул маани боюнча комментарийлер</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="332" />
      <source>History of this value</source>
      <translation>Бул маанинин тарыхы</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="81" />
      <source>The plan file</source>
      <translation>План файлы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="95" />
      <source>The programme text</source>
      <translation>Программанын тексти</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="80" />
      <source>The report form rules</source>
      <translation>Отчет формасынын эрежелери</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="148" />
      <source>Field</source>
      <translation>Талаа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="150" />
      <source>New value</source>
      <translation>Жаңы маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="162" />
      <source>No changes yet.</source>
      <translation>Азырынча өзгөртүү жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="151" />
      <source>Note</source>
      <translation>Эскертүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="149" />
      <source>Old value</source>
      <translation>Мурунку маани</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="146" />
      <source>When</source>
      <translation>Качан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="147" />
      <source>Who</source>
      <translation>Ким</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="99" />
      <source>&amp;About</source>
      <translation>&amp;Программа жөнүндө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="77" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="98" />
      <source>&amp;Help</source>
      <translation>&amp;Жардам</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="81" />
      <source>&amp;Language</source>
      <translation>&amp;Тил</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="78" />
      <source>&amp;Municipality…</source>
      <translation>&amp;Муниципалитет…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="92" />
      <source>&amp;Quit</source>
      <translation>&amp;Чыгуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="114" />
      <source>MSU Desktop {version}
Reports on the Local Self-Government Development Programme and the municipal property register.
Data folder: {path}</source>
      <translation>MSU Desktop {version}
Жергиликтүү өз алдынча башкарууну өнүктүрүү программасы боюнча отчеттор жана муниципалдык мүлктүн реестри.
Маалыматтар папкасы: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="127" />
      <source>Plan {plan} v{version}</source>
      <translation>План {plan}, {version}-версия</translation>
    </message>
  </context>
  <context>
    <name>MeasureModel</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="225" />
      <source>Carried forward from the previous period</source>
      <translation>Мурунку мезгилден өткөрүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>Check</source>
      <translation>Текшерүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>Measure</source>
      <translation>Чара</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="227" />
      <source>The measure's own deadline ({date}) has passed.</source>
      <translation>Чаранын өз мөөнөтү ({date}) өтүп кетти.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="219" />
      <source>deadline passed</source>
      <translation>мөөнөтү өттү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="217" />
      <source>{n} to fix</source>
      <translation>оңдоо керек: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="213" />
      <source>— not reported —</source>
      <translation>— отчет жок —</translation>
    </message>
  </context>
  <context>
    <name>Municipality</name>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="21" />
      <source>A Kyrgyz СОАТЕ code starts with 417.</source>
      <translation>Кыргызстандын СОАТЕ коду 417 менен башталат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="171" />
      <source>Enter the municipality's name.</source>
      <translation>Муниципалитеттин аталышын киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="17" />
      <source>The СОАТЕ code must contain digits only.</source>
      <translation>СОАТЕ коду сандардан гана турушу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="19" />
      <source>The СОАТЕ code must have exactly 14 digits.</source>
      <translation>СОАТЕ коду так 14 сандан турушу керек.</translation>
    </message>
  </context>
  <context>
    <name>MunicipalityDialog</name>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="19" />
      <source>Aiyl okmotu</source>
      <translation>Айыл өкмөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="20" />
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
    <name>Pages</name>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="60" />
      <source>Dashboard</source>
      <translation>Жыйынтык</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="52" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="55" />
      <source>Programme text</source>
      <translation>Программанын тексти</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="58" />
      <source>Reports</source>
      <translation>Отчеттор</translation>
    </message>
  </context>
  <context>
    <name>PeriodModel</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="141" />
      <source>Approved by {name} on {date}</source>
      <translation>Бекиткен {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>Due</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="148" />
      <source>Overdue by {days} days</source>
      <translation>{days} күнгө кечиктирилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>Period</source>
      <translation>Мезгил</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>Reported</source>
      <translation>Отчет берилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="145" />
      <source>{days} days left until {date}</source>
      <translation>{date} чейин калган күндөр: {days}</translation>
    </message>
  </context>
  <context>
    <name>PlanBrowser</name>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="167" />
      <source>All executors</source>
      <translation>Бардык аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="183" />
      <source>Any deadline</source>
      <translation>Каалаган мөөнөт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="299" />
      <source>Deadline</source>
      <translation>Ишке ашыруу мөөнөтү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="184" />
      <source>Deadline passed</source>
      <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="287" />
      <source>Directions: {d}, tasks: {t}, measures: {m}</source>
      <translation>Багыттар: {d}, милдеттер: {t}, чаралар: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="327" />
      <source>Discrepancy between the texts</source>
      <translation>Тексттердин айырмасы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="186" />
      <source>Due later</source>
      <translation>Мөөнөтү кийинчерээк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="185" />
      <source>Due this year</source>
      <translation>Мөөнөтү ушул жылы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="302" />
      <source>Executor notes</source>
      <translation>Аткаруучулар боюнча эскертүүлөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="300" />
      <source>Expected result</source>
      <translation>Күтүлгөн натыйжа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="303" />
      <source>Funding sources</source>
      <translation>Каржылоо булактары</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="312" />
      <source>Indicators</source>
      <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="328" />
      <source>Kyrgyz: {ky}; Russian: {ru}</source>
      <translation>кыргызча: {ky}; орусча: {ru}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="305" />
      <source>Local self-government bodies take part</source>
      <translation>ЖӨБ органдарынын катышуусу менен</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="271" />
      <source>Measures: {n}</source>
      <translation>Чаралар: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="301" />
      <source>Responsible executors</source>
      <translation>Жооптуу аткаруучулар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="163" />
      <source>Search measures, results, executors…</source>
      <translation>Чараларды, натыйжаларды, аткаруучуларды издөө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="278" />
      <source>Tasks: {t}, measures: {m}</source>
      <translation>Милдеттер: {t}, чаралар: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="306" />
      <source>no</source>
      <translation>жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="306" />
      <source>yes</source>
      <translation>ооба</translation>
    </message>
  </context>
  <context>
    <name>PlanTreeModel</name>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="39" />
      <source>Code</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="52" />
      <source>The Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Бул жерде токтомдун кыргызча жана орусча тексттери айырмаланат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="39" />
      <source>Title</source>
      <translation>Аталышы</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeView</name>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="43" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Бул план үчүн программанын тексти жок.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1017" />
      <source>Approved (locked)</source>
      <translation>Бекитилди (кулпуланган)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1041" />
      <source>Approved by {name} on {date}</source>
      <translation>Бекиткен {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="144" />
      <source>Attached file</source>
      <translation>Тиркелген файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="140" />
      <source>Attachments</source>
      <translation>Тиркемелер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1038" />
      <source>Carried forward from {period}</source>
      <translation>{period} мезгилинен өткөрүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1036" />
      <source>Changed after it was marked complete</source>
      <translation>Даяр деп белгиленгенден кийин өзгөртүлдү</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="149" />
      <source>Comment on «{field}»</source>
      <translation>«{field}» боюнча комментарий</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="142" />
      <source>Comments</source>
      <translation>Комментарийлер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1016" />
      <source>Complete</source>
      <translation>Даяр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1025" />
      <source>Current</source>
      <translation>Учурдагы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1015" />
      <source>Draft</source>
      <translation>Долбоор</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1026" />
      <source>Due soon</source>
      <translation>Мөөнөтү жакындады</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="750" />
      <source>Enter the name of the head who approves the report.</source>
      <translation>Отчетту бекитүүчү башчынын атын киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="773" />
      <source>Give the reason for unlocking the approved report.</source>
      <translation>Бекитилген отчетту кайра ачуунун себебин көрсөтүңүз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="758" />
      <source>Mark the report for {period} complete before it is approved.</source>
      <translation>Бекитүүдөн мурун {period} үчүн отчетту даяр деп белгилеңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="146" />
      <source>Measure included in the report</source>
      <translation>Чара отчетко киргизилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="321" />
      <source>Measure {code} involves local self-government and must be reported.</source>
      <translation>{code} чарасы ЖӨБ органдарынын катышуусу менен аткарылат, ал боюнча отчет милдеттүү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1024" />
      <source>Not started yet</source>
      <translation>Азырынча башталган жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1027" />
      <source>Overdue</source>
      <translation>Кечиктирилген</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1028" />
      <source>Submitted</source>
      <translation>Тапшырылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="497" />
      <source>The comment is empty.</source>
      <translation>Комментарий бош.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="289" />
      <source>The plan has no measure {code}.</source>
      <translation>Планда {code} чарасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="143" />
      <source>The plan has no reporting period {period}.</source>
      <translation>Планда {period} отчеттук мезгили жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="722" />
      <source>The report for {period} cannot be marked complete: {count} problem(s) in {measures} measure(s), first in measure {first}.</source>
      <translation>{period} үчүн отчетту даяр деп белгилөөгө болбойт: каталар — {count}, чаралардын саны — {measures}, биринчиси {first} чарасында.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="210" />
      <source>The report for {period} is approved and locked. Unlock it (with a reason) to change it.</source>
      <translation>{period} үчүн отчет бекитилген жана кулпуланган. Өзгөртүү үчүн аны (себебин көрсөтүп) кайра ачыңыз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="779" />
      <source>The report for {period} is not approved, so it is not locked.</source>
      <translation>{period} үчүн отчет бекитилген эмес, ошондуктан кулпуланган эмес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="373" />
      <source>The report has no field {field}.</source>
      <translation>Отчетто {field} талаасы жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="88" />
      <source>There are no report rules for the plan {plan}.</source>
      <translation>{plan} планы үчүн отчет эрежелери жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="377" />
      <source>Unknown status {status}.</source>
      <translation>Белгисиз абал {status}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="549" />
      <source>{period} is the first period of the plan; there is nothing to carry forward.</source>
      <translation>{period} — пландын биринчи мезгили; өткөрө турган эч нерсе жок.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="647" />
      <source>&amp;Attach files…</source>
      <translation>Файлдарды &amp;тиркөө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="681" />
      <source>&amp;Unlock…</source>
      <translation>Кайра &amp;ачуу…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="678" />
      <source>A&amp;pprove…</source>
      <translation>&amp;Бекитүү…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="688" />
      <source>Also report on measures that local self-government does not take part in</source>
      <translation>ЖӨБ органдары катышпаган чаралар боюнча да отчет берүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="757" />
      <source>Approved, locked</source>
      <translation>Бекитилди, кулпуланды</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1152" />
      <source>Attach documents and photos</source>
      <translation>Документтерди жана сүрөттөрдү тиркөө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1172" />
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="672" />
      <source>Check</source>
      <translation>Текшерүү</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1021" />
      <source>Comment added.</source>
      <translation>Комментарий кошулду.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1012" />
      <source>Comments: {what}</source>
      <translation>Комментарийлер: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="756" />
      <source>Complete</source>
      <translation>Даяр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1172" />
      <source>Copying files…</source>
      <translation>Файлдар көчүрүлүүдө…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1154" />
      <source>Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)</source>
      <translation>Документтер жана сүрөттөр (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="659" />
      <source>Documents and photos:</source>
      <translation>Документтер жана сүрөттөр:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="755" />
      <source>Draft</source>
      <translation>Долбоор</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1194" />
      <source>Files attached.</source>
      <translation>Файлдар тиркелди.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="997" />
      <source>History: {what}</source>
      <translation>Тарых: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="675" />
      <source>Mark &amp;complete</source>
      <translation>&amp;Даяр деп белгилөө</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="966" />
      <source>Measure {code} added to the report.</source>
      <translation>{code} чарасы отчетко кошулду.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="968" />
      <source>Measure {code} removed from the report.</source>
      <translation>{code} чарасы отчеттон алынды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1065" />
      <source>No problems found: the report can be marked complete.</source>
      <translation>Ката табылган жок: отчетту даяр деп белгилесе болот.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="686" />
      <source>Other measures</source>
      <translation>Башка чаралар</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="703" />
      <source>Redo</source>
      <translation>Кайталоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="650" />
      <source>Remove file</source>
      <translation>Файлды алып салуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="941" />
      <source>Saved.</source>
      <translation>Сакталды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="669" />
      <source>Start from previous period</source>
      <translation>Мурунку мезгилден баштоо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1168" />
      <source>The file {path} was not found.</source>
      <translation>{path} файлы табылган жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1101" />
      <source>The report is approved and locked.</source>
      <translation>Отчет бекитилди жана кулпуланды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1087" />
      <source>The report is marked complete. The head can approve it now.</source>
      <translation>Отчет даяр деп белгиленди. Эми башчы аны беките алат.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1118" />
      <source>The report is unlocked; the reason is in the history.</source>
      <translation>Отчет кайра ачылды; себеби тарыхка жазылды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="696" />
      <source>Undo</source>
      <translation>Артка кайтаруу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="875" />
      <source>approved by {name} on {date}</source>
      <translation>бекиткен {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="763" />
      <source>current</source>
      <translation>учурдагы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="764" />
      <source>due soon</source>
      <translation>мөөнөтү жакындады</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="762" />
      <source>not started yet</source>
      <translation>азырынча башталган жок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="765" />
      <source>overdue</source>
      <translation>кечиктирилген</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="881" />
      <source>overdue by {days} days</source>
      <translation>{days} күнгө кечиктирилди</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="766" />
      <source>submitted</source>
      <translation>тапшырылды</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="879" />
      <source>{days} days left</source>
      <translation>калган күндөр: {days}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1070" />
      <source>{n} problem(s) in {m} measure(s). The first is shown.</source>
      <translation>Каталар: {n}, чараларда: {m}. Биринчиси көрсөтүлдү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1057" />
      <source>{n} values carried forward from the previous period.</source>
      <translation>Мурунку мезгилден өткөрүлгөн маанилер: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="871" />
      <source>{period}: {state}. Due {date}</source>
      <translation>{period}: {state}. Мөөнөтү {date}</translation>
    </message>
  </context>
  <context>
    <name>ReportRules</name>
    <message>
      <location filename="msu_desktop/domain/report.py" line="370" />
      <source>At most {n} digits after the decimal point (soms and tyiyns).</source>
      <translation>Үтүрдөн кийин {n} белгиден ашпашы керек (сом жана тыйын).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="359" />
      <source>Cannot be negative.</source>
      <translation>Терс сан болбошу керек.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="389" />
      <source>Ends before it starts.</source>
      <translation>Аяктоо датасы башталышынан мурун.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="354" />
      <source>Enter a whole number.</source>
      <translation>Бүтүн сан киргизиңиз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="338" />
      <source>Give at least one of: {fields}.</source>
      <translation>Жок дегенде бирөөнү толтуруңуз: {fields}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="397" />
      <source>Is after the end of the period ({date}).</source>
      <translation>Мезгилдин аягынан ({date}) кийин.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="384" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Бул дата эмес: {value} (КК.АА.ЖЖЖЖ форматы).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="349" />
      <source>Not a number: {value}</source>
      <translation>Бул сан эмес: {value}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="409" />
      <source>Not one of the offered choices.</source>
      <translation>Сунушталган варианттардын ичинде жок.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="325" />
      <source>Required when the status is {status}.</source>
      <translation>«{status}» абалында милдеттүү.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="332" />
      <source>Required.</source>
      <translation>Милдеттүү талаа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="417" />
      <source>Too long: at most {n} characters.</source>
      <translation>Өтө узун: {n} белгиден ашпашы керек.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="msu_desktop/gui/app.py" line="116" />
      <source>Restore the latest good backup from {date}?</source>
      <translation>{date} күнкү акыркы жарактуу камдык көчүрмөнү калыбына келтиресизби?</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="99" />
      <source>Unlock</source>
      <translation>Кайра ачуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="89" />
      <source>Unlock the report for {period}</source>
      <translation>{period} үчүн отчетту кайра ачуу</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="91" />
      <source>Why must the approved report be changed?</source>
      <translation>Эмне үчүн бекитилген отчетту өзгөртүү керек?</translation>
    </message>
  </context>
</TS>
