<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="60" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="61" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="62" />
      <source>Expected result</source>
      <translation>Ожидаемый результат</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="63" />
      <source>Funding</source>
      <translation>Финансирование</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="100" />
      <source>Interrupted.</source>
      <translation>Прервано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="67" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Внимание: здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="41" />
      <source>Something went wrong inside the program. Your saved data is safe. A report was written to:</source>
      <translation>В программе произошла ошибка. Сохранённые данные не пострадали. Отчёт об ошибке записан в файл:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="39" />
      <source>Unexpected error</source>
      <translation>Непредвиденная ошибка</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="88" />
      <source>Cannot create the data folder {path}: {detail}</source>
      <translation>Не удаётся создать папку данных {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="30" />
      <source>Cannot write to {path}: the drive is read-only or access is denied.</source>
      <translation>Не удаётся записать в {path}: диск защищён от записи или доступ запрещён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="39" />
      <source>Cannot write {path}: {detail}</source>
      <translation>Не удаётся записать {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="75" />
      <source>Measure {code} appears twice in the plan.</source>
      <translation>Мера {code} встречается в плане дважды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="67" />
      <source>Measure {code} names an executor {executor} that is not in the glossary.</source>
      <translation>В мере {code} указан исполнитель {executor}, которого нет в перечне сокращений.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="139" />
      <source>No plan is installed.</source>
      <translation>План не установлен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="82" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Файл базы данных повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="52" />
      <source>The database file is damaged and cannot be opened: {detail}</source>
      <translation>Файл базы данных повреждён и не открывается: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="34" />
      <source>The drive holding {path} is not available (was the USB stick removed?). Nothing was saved there; try again.</source>
      <translation>Диск с {path} недоступен (флешку извлекли?). Туда ничего не записано; попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="59" />
      <source>The file was not found: {path}</source>
      <translation>Файл не найден: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="144" />
      <source>The file {name} holds more data than the package declares.</source>
      <translation>Файл {name} содержит больше данных, чем указано в пакете.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="152" />
      <source>The file {name} in the package is damaged.</source>
      <translation>Файл {name} в пакете повреждён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="133" />
      <source>The file {name} in the package is too large.</source>
      <translation>Файл {name} в пакете слишком большой.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="52" />
      <source>The key or signature is damaged (not valid base64).</source>
      <translation>Ключ или подпись повреждены (недопустимый base64).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="32" />
      <source>The package contains a file with an invalid name: {name}</source>
      <translation>В пакете есть файл с недопустимым именем: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="165" />
      <source>The package contains a path that escapes its folder: {name}</source>
      <translation>В пакете есть путь, выходящий за пределы папки: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="101" />
      <source>The package contains a symbolic link: {name}</source>
      <translation>В пакете есть символическая ссылка: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="36" />
      <source>The package contains an absolute path: {name}</source>
      <translation>В пакете есть абсолютный путь: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="103" />
      <source>The package contains an encrypted file: {name}</source>
      <translation>В пакете есть зашифрованный файл: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="98" />
      <source>The package contains the file {name} twice.</source>
      <translation>Файл {name} встречается в пакете дважды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="130" />
      <source>The package has no file {name}.</source>
      <translation>В пакете нет файла {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="89" />
      <source>The package has too many files ({n}).</source>
      <translation>В пакете слишком много файлов ({n}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="116" />
      <source>The package is too large when unpacked.</source>
      <translation>Пакет слишком велик в распакованном виде.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="111" />
      <source>The package looks like a zip bomb (file {name} expands too much).</source>
      <translation>Пакет похож на «zip-бомбу» (файл {name} распаковывается в слишком большой объём).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="105" />
      <source>The package uses an unsupported compression: {name}</source>
      <translation>В пакете используется неподдерживаемое сжатие: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="155" />
      <source>The private key cannot be opened: wrong password or damaged key file.</source>
      <translation>Закрытый ключ не открывается: неверный пароль или файл ключа повреждён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="159" />
      <source>The private key is not an Ed25519 key.</source>
      <translation>Закрытый ключ не является ключом Ed25519.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="151" />
      <source>The private key is password-protected: a password is needed.</source>
      <translation>Закрытый ключ защищён паролем: нужен пароль.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="102" />
      <source>The public key file has no key line.</source>
      <translation>В файле открытого ключа нет строки ключа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="98" />
      <source>The public key file is empty.</source>
      <translation>Файл открытого ключа пуст.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="67" />
      <source>The public key has the wrong length.</source>
      <translation>Открытый ключ имеет неверную длину.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="228" />
      <source>The signature does not match: the file was changed or forged.</source>
      <translation>Подпись не совпадает: файл был изменён или подделан.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="193" />
      <source>The signature file is not in minisign format.</source>
      <translation>Файл подписи не в формате minisign.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="190" />
      <source>The signature file is too large to be a signature.</source>
      <translation>Файл подписи слишком велик, это не подпись.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="196" />
      <source>The signature has the wrong length.</source>
      <translation>Подпись имеет неверную длину.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="199" />
      <source>The signature uses an unknown algorithm.</source>
      <translation>Подпись использует неизвестный алгоритм.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="220" />
      <source>The signature was made with a different key than the trusted one.</source>
      <translation>Подпись сделана другим ключом, а не доверенным.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="234" />
      <source>The signed comment was changed: the signature is not valid.</source>
      <translation>Подписанный комментарий изменён: подпись недействительна.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="202" />
      <source>The trusted comment signature has the wrong length.</source>
      <translation>Подпись доверенного комментария имеет неверную длину.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="24" />
      <source>There is not enough free space on {path}. Free some space or choose another drive; nothing was changed.</source>
      <translation>На {path} недостаточно свободного места. Освободите место или выберите другой диск; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="62" />
      <source>This database was created by a newer version of MSU Desktop (schema {revision}). Install the newer version; the database has not been changed.</source>
      <translation>Эта база данных создана более новой версией MSU Desktop (схема {revision}). Установите новую версию; база данных не изменена.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="73" />
      <source>This is not a package, or the file is truncated or damaged: {path}</source>
      <translation>Это не пакет, либо файл обрезан или повреждён: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="91" />
      <source>This is not an Ed25519 minisign public key.</source>
      <translation>Это не открытый ключ minisign Ed25519.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="49" />
      <source>{what} is not a readable JSON file: {detail}</source>
      <translation>{what}: файл не читается как JSON: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="35" />
      <source>{what} is not valid: at {where}: {detail}</source>
      <translation>{what}: ошибка в данных, место {where}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="47" />
      <source>{what} was not found: {path}</source>
      <translation>{what}: не найден: {path}</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="81" />
      <source>The plan file</source>
      <translation>Файл плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="95" />
      <source>The programme text</source>
      <translation>Текст программы</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="99" />
      <source>&amp;About</source>
      <translation>&amp;О программе</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="77" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="98" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="81" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="78" />
      <source>&amp;Municipality…</source>
      <translation>&amp;Муниципалитет…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="92" />
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="114" />
      <source>MSU Desktop {version}
Reports on the Local Self-Government Development Programme and the municipal property register.
Data folder: {path}</source>
      <translation>MSU Desktop {version}
Отчёты по Программе развития местного самоуправления и реестр муниципального имущества.
Папка данных: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="127" />
      <source>Plan {plan} v{version}</source>
      <translation>План {plan}, версия {version}</translation>
    </message>
  </context>
  <context>
    <name>Municipality</name>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="21" />
      <source>A Kyrgyz СОАТЕ code starts with 417.</source>
      <translation>Код СОАТЕ Кыргызстана начинается с 417.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="171" />
      <source>Enter the municipality's name.</source>
      <translation>Введите название муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="17" />
      <source>The СОАТЕ code must contain digits only.</source>
      <translation>Код СОАТЕ должен состоять только из цифр.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="19" />
      <source>The СОАТЕ code must have exactly 14 digits.</source>
      <translation>Код СОАТЕ должен содержать ровно 14 цифр.</translation>
    </message>
  </context>
  <context>
    <name>MunicipalityDialog</name>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="19" />
      <source>Aiyl okmotu</source>
      <translation>Айыл окмоту</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="20" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Enter your municipality once. You can change it later with File → Municipality.</source>
      <translation>Введите данные муниципалитета один раз. Позже их можно изменить: Файл → Муниципалитет.</translation>
    </message>
    <message>
      <source>Head of the aiyl okmotu:</source>
      <translation>Глава айыл окмоту:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <source>Name in Kyrgyz:</source>
      <translation>Название на кыргызском:</translation>
    </message>
    <message>
      <source>Name in Russian:</source>
      <translation>Название на русском:</translation>
    </message>
    <message>
      <source>Oblast:</source>
      <translation>Область:</translation>
    </message>
    <message>
      <source>Rayon:</source>
      <translation>Район:</translation>
    </message>
    <message>
      <source>Responsible secretary:</source>
      <translation>Ответственный секретарь:</translation>
    </message>
    <message>
      <source>СОАТЕ code (14 digits):</source>
      <translation>Код СОАТЕ (14 цифр):</translation>
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
      <translation>Текст программы</translation>
    </message>
  </context>
  <context>
    <name>PlanBrowser</name>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="167" />
      <source>All executors</source>
      <translation>Все исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="183" />
      <source>Any deadline</source>
      <translation>Любой срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="299" />
      <source>Deadline</source>
      <translation>Срок реализации</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="184" />
      <source>Deadline passed</source>
      <translation>Срок истёк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="287" />
      <source>Directions: {d}, tasks: {t}, measures: {m}</source>
      <translation>Направлений: {d}, задач: {t}, мер: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="327" />
      <source>Discrepancy between the texts</source>
      <translation>Расхождение текстов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="186" />
      <source>Due later</source>
      <translation>Срок позже</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="185" />
      <source>Due this year</source>
      <translation>Срок в этом году</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="302" />
      <source>Executor notes</source>
      <translation>Примечания к исполнителям</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="300" />
      <source>Expected result</source>
      <translation>Ожидаемый результат</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="303" />
      <source>Funding sources</source>
      <translation>Источники финансирования</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="312" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="328" />
      <source>Kyrgyz: {ky}; Russian: {ru}</source>
      <translation>по-кыргызски: {ky}; по-русски: {ru}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="305" />
      <source>Local self-government bodies take part</source>
      <translation>С участием органов МСУ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="271" />
      <source>Measures: {n}</source>
      <translation>Мер: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="301" />
      <source>Responsible executors</source>
      <translation>Ответственные исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="163" />
      <source>Search measures, results, executors…</source>
      <translation>Поиск по мерам, результатам, исполнителям…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="278" />
      <source>Tasks: {t}, measures: {m}</source>
      <translation>Задач: {t}, мер: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="306" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="306" />
      <source>yes</source>
      <translation>да</translation>
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
      <translation>Здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="39" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeView</name>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="43" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Текст программы для этого плана недоступен.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="msu_desktop/gui/app.py" line="116" />
      <source>Restore the latest good backup from {date}?</source>
      <translation>Восстановить последнюю исправную резервную копию от {date}?</translation>
    </message>
  </context>
</TS>
