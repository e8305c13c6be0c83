<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="64" />
      <source>Approve</source>
      <translation>Утвердить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="43" />
      <source>Approve the report for {period}</source>
      <translation>Утверждение отчёта за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="60" />
      <source>Date of approval:</source>
      <translation>Дата утверждения:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="55" />
      <source>Head of the aiyl okmotu:</source>
      <translation>Глава айыл окмоту:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="46" />
      <source>Once approved, the report is locked. It can be unlocked later only with a recorded reason.</source>
      <translation>После утверждения отчёт блокируется. Разблокировать его можно только с указанием причины.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="83" />
      <source>Cancelled; nothing was attached.</source>
      <translation>Отменено; ничего не прикреплено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="63" />
      <source>Cannot read {path} (was the USB stick removed?): {detail}</source>
      <translation>Не удаётся прочитать {path} (флешку извлекли?): {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="75" />
      <source>Reading {path} failed (was the USB stick removed?). Nothing was attached.</source>
      <translation>Не удалось прочитать {path} (флешку извлекли?). Ничего не прикреплено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="59" />
      <source>The file {path} was not found.</source>
      <translation>Файл {path} не найден.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="152" />
      <source>The stored copy of {name} is missing.</source>
      <translation>Сохранённая копия файла {name} отсутствует.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="134" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="88" />
      <source>{path} is larger than {mb} MB; attach a smaller file.</source>
      <translation>{path} больше {mb} МБ; прикрепите файл меньшего размера.</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_desktop/cli/report.py" line="125" />
      <source>(not reported)</source>
      <translation>(нет отчёта)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="215" />
      <source>By direction ({period}):</source>
      <translation>По направлениям ({period}):</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="60" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="54" />
      <source>Done: {name}, reports for {count} periods, {files} attached files.</source>
      <translation>Готово: {name}, отчёты за {count} периодов, прикреплённых файлов: {files}.</translation>
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
      <location filename="msu_desktop/cli/report.py" line="50" />
      <source>Filling {path} with demo data…</source>
      <translation>Заполнение {path} демонстрационными данными…</translation>
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
      <location filename="msu_desktop/cli/report.py" line="183" />
      <source>Next report: {period}, due {date} ({days} days left).</source>
      <translation>Следующий отчёт: {period}, срок {date} (осталось дней: {days}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="191" />
      <source>Next report: {period}, due {date}, overdue by {days} days.</source>
      <translation>Следующий отчёт: {period}, срок {date}, просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="136" />
      <source>No problems: the report for {period} can be marked complete.</source>
      <translation>Ошибок нет: отчёт за {period} можно отметить как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="67" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Внимание: здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="62" />
      <source>Open it with: msu-desktop --data-dir {path}</source>
      <translation>Откройте его командой: msu-desktop --data-dir {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="103" />
      <source>approved by {name} on {date}</source>
      <translation>утверждён: {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="121" />
      <source>due</source>
      <translation>срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="205" />
      <source>reported {r}/{t}, completed {c}, deadline missed {o}</source>
      <translation>отчитано {r}/{t}, выполнено {c}, срок нарушен {o}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="107" />
      <source>{days} days left</source>
      <translation>осталось дней: {days}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="101" />
      <source>{n} of {total} reported</source>
      <translation>отчитано {n} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="128" />
      <source>{n} problem(s)</source>
      <translation>ошибок: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="173" />
      <source>{n} values carried forward into {period}.</source>
      <translation>Перенесено значений в {period}: {n}.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="192" />
      <source>Add comment</source>
      <translation>Добавить комментарий</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="186" />
      <source>Write a comment…</source>
      <translation>Напишите комментарий…</translation>
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
    <name>Dashboard</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="314" />
      <source>Cannot write {path}.</source>
      <translation>Не удаётся записать {path}.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="254" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="328" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="257" />
      <source>Save as &amp;PDF…</source>
      <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="328" />
      <source>Save the dashboard as PDF</source>
      <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="282" />
      <source>{approved} of {total} reports approved; {overdue} overdue.</source>
      <translation>Утверждено отчётов: {approved} из {total}; просрочено: {overdue}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="272" />
      <source>{name} · as of {date}</source>
      <translation>{name} · по состоянию на {date}</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="msu_desktop/services/demo.py" line="302" />
      <source>The data folder {path} already has data. Choose an empty folder for the demo.</source>
      <translation>В папке данных {path} уже есть данные. Для демонстрации выберите пустую папку.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/demo.py" line="58" />
      <source>The demo data file is damaged.</source>
      <translation>Файл демонстрационных данных повреждён.</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="551" />
      <source>(target {n} {unit})</source>
      <translation>(цель: {n} {unit})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="504" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="522" />
      <source>Deadline: {deadline}. Expected result: {result}</source>
      <translation>Срок: {deadline}. Ожидаемый результат: {result}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="530" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="534" />
      <source>Money spent, by source ({currency})</source>
      <translation>Израсходовано средств по источникам ({currency})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="490" />
      <source>— choose —</source>
      <translation>— выберите —</translation>
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
    <name>FieldRow</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="423" />
      <source>Carried forward from the previous period</source>
      <translation>Перенесено из предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="341" />
      <source>Comments on this value</source>
      <translation>Комментарии к этому значению</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="332" />
      <source>History of this value</source>
      <translation>История этого значения</translation>
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
    <message>
      <location filename="msu_desktop/services/report_service.py" line="80" />
      <source>The report form rules</source>
      <translation>Правила формы отчёта</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="148" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="150" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="162" />
      <source>No changes yet.</source>
      <translation>Изменений пока нет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="151" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="149" />
      <source>Old value</source>
      <translation>Прежнее значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="146" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="147" />
      <source>Who</source>
      <translation>Кто</translation>
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
    <name>MeasureModel</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="225" />
      <source>Carried forward from the previous period</source>
      <translation>Перенесено из предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="190" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="227" />
      <source>The measure's own deadline ({date}) has passed.</source>
      <translation>Срок самой меры ({date}) истёк.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="219" />
      <source>deadline passed</source>
      <translation>срок истёк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="217" />
      <source>{n} to fix</source>
      <translation>исправить: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="213" />
      <source>— not reported —</source>
      <translation>— нет отчёта —</translation>
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
      <location filename="msu_desktop/gui/pages.py" line="60" />
      <source>Dashboard</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="52" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="55" />
      <source>Programme text</source>
      <translation>Текст программы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="58" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
  </context>
  <context>
    <name>PeriodModel</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="141" />
      <source>Approved by {name} on {date}</source>
      <translation>Утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="148" />
      <source>Overdue by {days} days</source>
      <translation>Просрочено на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>Reported</source>
      <translation>Отчитано</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="115" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="145" />
      <source>{days} days left until {date}</source>
      <translation>До {date} осталось дней: {days}</translation>
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
    <name>Report</name>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1017" />
      <source>Approved (locked)</source>
      <translation>Утверждён (заблокирован)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1041" />
      <source>Approved by {name} on {date}</source>
      <translation>Утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="144" />
      <source>Attached file</source>
      <translation>Прикреплённый файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="140" />
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1038" />
      <source>Carried forward from {period}</source>
      <translation>Перенесено из {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1036" />
      <source>Changed after it was marked complete</source>
      <translation>Изменено после отметки о готовности</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="149" />
      <source>Comment on «{field}»</source>
      <translation>Комментарий к «{field}»</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="142" />
      <source>Comments</source>
      <translation>Комментарии</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1016" />
      <source>Complete</source>
      <translation>Готов</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1025" />
      <source>Current</source>
      <translation>Текущий</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1015" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1026" />
      <source>Due soon</source>
      <translation>Срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="750" />
      <source>Enter the name of the head who approves the report.</source>
      <translation>Введите имя главы, утверждающего отчёт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="773" />
      <source>Give the reason for unlocking the approved report.</source>
      <translation>Укажите причину разблокировки утверждённого отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="758" />
      <source>Mark the report for {period} complete before it is approved.</source>
      <translation>Перед утверждением отметьте отчёт за {period} как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="146" />
      <source>Measure included in the report</source>
      <translation>Мера включена в отчёт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="321" />
      <source>Measure {code} involves local self-government and must be reported.</source>
      <translation>Мера {code} выполняется с участием органов МСУ, отчёт по ней обязателен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1024" />
      <source>Not started yet</source>
      <translation>Ещё не начался</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1027" />
      <source>Overdue</source>
      <translation>Просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="1028" />
      <source>Submitted</source>
      <translation>Сдан</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="497" />
      <source>The comment is empty.</source>
      <translation>Комментарий пуст.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="289" />
      <source>The plan has no measure {code}.</source>
      <translation>В плане нет меры {code}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="143" />
      <source>The plan has no reporting period {period}.</source>
      <translation>В плане нет отчётного периода {period}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="722" />
      <source>The report for {period} cannot be marked complete: {count} problem(s) in {measures} measure(s), first in measure {first}.</source>
      <translation>Отчёт за {period} нельзя отметить как готовый: ошибок — {count}, в мерах — {measures}, первая — в мере {first}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="210" />
      <source>The report for {period} is approved and locked. Unlock it (with a reason) to change it.</source>
      <translation>Отчёт за {period} утверждён и заблокирован. Чтобы изменить его, разблокируйте (с указанием причины).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="779" />
      <source>The report for {period} is not approved, so it is not locked.</source>
      <translation>Отчёт за {period} не утверждён, поэтому он не заблокирован.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="373" />
      <source>The report has no field {field}.</source>
      <translation>В отчёте нет поля {field}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="88" />
      <source>There are no report rules for the plan {plan}.</source>
      <translation>Для плана {plan} нет правил отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="377" />
      <source>Unknown status {status}.</source>
      <translation>Неизвестный статус {status}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report_service.py" line="549" />
      <source>{period} is the first period of the plan; there is nothing to carry forward.</source>
      <translation>{period} — первый период плана; переносить нечего.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="647" />
      <source>&amp;Attach files…</source>
      <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="681" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="678" />
      <source>A&amp;pprove…</source>
      <translation>&amp;Утвердить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="688" />
      <source>Also report on measures that local self-government does not take part in</source>
      <translation>Отчитаться также по мерам без участия органов МСУ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="757" />
      <source>Approved, locked</source>
      <translation>Утверждён, заблокирован</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1152" />
      <source>Attach documents and photos</source>
      <translation>Прикрепить документы и фотографии</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1172" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="672" />
      <source>Check</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1021" />
      <source>Comment added.</source>
      <translation>Комментарий добавлен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1012" />
      <source>Comments: {what}</source>
      <translation>Комментарии: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="756" />
      <source>Complete</source>
      <translation>Готов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1172" />
      <source>Copying files…</source>
      <translation>Копирование файлов…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1154" />
      <source>Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)</source>
      <translation>Документы и фотографии (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="659" />
      <source>Documents and photos:</source>
      <translation>Документы и фотографии:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="755" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1194" />
      <source>Files attached.</source>
      <translation>Файлы прикреплены.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="997" />
      <source>History: {what}</source>
      <translation>История: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="675" />
      <source>Mark &amp;complete</source>
      <translation>Отметить как &amp;готовый</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="966" />
      <source>Measure {code} added to the report.</source>
      <translation>Мера {code} добавлена в отчёт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="968" />
      <source>Measure {code} removed from the report.</source>
      <translation>Мера {code} исключена из отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1065" />
      <source>No problems found: the report can be marked complete.</source>
      <translation>Ошибок не найдено: отчёт можно отметить как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="686" />
      <source>Other measures</source>
      <translation>Другие меры</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="703" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="650" />
      <source>Remove file</source>
      <translation>Удалить файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="941" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="669" />
      <source>Start from previous period</source>
      <translation>Начать с предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1168" />
      <source>The file {path} was not found.</source>
      <translation>Файл {path} не найден.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1101" />
      <source>The report is approved and locked.</source>
      <translation>Отчёт утверждён и заблокирован.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1087" />
      <source>The report is marked complete. The head can approve it now.</source>
      <translation>Отчёт отмечен как готовый. Теперь глава может его утвердить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1118" />
      <source>The report is unlocked; the reason is in the history.</source>
      <translation>Отчёт разблокирован; причина записана в историю.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="696" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="875" />
      <source>approved by {name} on {date}</source>
      <translation>утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="763" />
      <source>current</source>
      <translation>текущий</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="764" />
      <source>due soon</source>
      <translation>срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="762" />
      <source>not started yet</source>
      <translation>ещё не начался</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="765" />
      <source>overdue</source>
      <translation>просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="881" />
      <source>overdue by {days} days</source>
      <translation>просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="766" />
      <source>submitted</source>
      <translation>сдан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="879" />
      <source>{days} days left</source>
      <translation>осталось дней: {days}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1070" />
      <source>{n} problem(s) in {m} measure(s). The first is shown.</source>
      <translation>Ошибок: {n}, в мерах: {m}. Показана первая.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1057" />
      <source>{n} values carried forward from the previous period.</source>
      <translation>Перенесено значений из предыдущего периода: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="871" />
      <source>{period}: {state}. Due {date}</source>
      <translation>{period}: {state}. Срок {date}</translation>
    </message>
  </context>
  <context>
    <name>ReportRules</name>
    <message>
      <location filename="msu_desktop/domain/report.py" line="370" />
      <source>At most {n} digits after the decimal point (soms and tyiyns).</source>
      <translation>Не более {n} знаков после запятой (сомы и тыйыны).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="359" />
      <source>Cannot be negative.</source>
      <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="389" />
      <source>Ends before it starts.</source>
      <translation>Окончание раньше начала.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="354" />
      <source>Enter a whole number.</source>
      <translation>Введите целое число.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="338" />
      <source>Give at least one of: {fields}.</source>
      <translation>Заполните хотя бы одно из: {fields}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="397" />
      <source>Is after the end of the period ({date}).</source>
      <translation>Позже конца периода ({date}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="384" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Это не дата: {value} (формат ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="349" />
      <source>Not a number: {value}</source>
      <translation>Это не число: {value}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="409" />
      <source>Not one of the offered choices.</source>
      <translation>Значения нет среди предложенных вариантов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="325" />
      <source>Required when the status is {status}.</source>
      <translation>Обязательно при статусе «{status}».</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="332" />
      <source>Required.</source>
      <translation>Обязательное поле.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="417" />
      <source>Too long: at most {n} characters.</source>
      <translation>Слишком длинно: не более {n} символов.</translation>
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
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="99" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="89" />
      <source>Unlock the report for {period}</source>
      <translation>Разблокировать отчёт за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="91" />
      <source>Why must the approved report be changed?</source>
      <translation>Почему нужно изменить утверждённый отчёт?</translation>
    </message>
  </context>
</TS>
