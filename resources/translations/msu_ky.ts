<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="60" />
      <source>Deadline</source>
      <translation>Мөөнөт</translation>
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
      <location filename="msu_desktop/cli/plan.py" line="67" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Эскертүү: бул жерде токтомдун кыргызча жана орусча тексттери айырмаланат.</translation>
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
      <location filename="msu_desktop/gui/pages.py" line="40" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="41" />
      <source>Programme text</source>
      <translation>Программанын тексти</translation>
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
    <name>Startup</name>
    <message>
      <location filename="msu_desktop/gui/app.py" line="116" />
      <source>Restore the latest good backup from {date}?</source>
      <translation>{date} күнкү акыркы жарактуу камдык көчүрмөнү калыбына келтиресизби?</translation>
    </message>
  </context>
</TS>
