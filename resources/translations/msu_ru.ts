<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>Agency</name>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="49" />
      <source>By measure</source>
      <translation>По мерам</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="88" />
      <source>By oblast and rayon</source>
      <translation>По областям и районам</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="226" />
      <source>Completed</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="215" />
      <source>Consolidated report for {period}: {n} municipalities</source>
      <translation>Сводный отчёт за {period}: муниципалитетов — {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="120" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="156" />
      <source>Due date: {date}. Late = package created after the due date (Bishkek time), as signed by the municipality.</source>
      <translation>Срок: {date}. «С опозданием» — пакет создан после срока (по времени Бишкека), по подписанным данным муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="145" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="227" />
      <source>In progress</source>
      <translation>В процессе</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="122" />
      <source>Key fingerprint</source>
      <translation>Отпечаток ключа</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="121" />
      <source>Late</source>
      <translation>С опозданием</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="224" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="97" />
      <source>Measures completed</source>
      <translation>Выполнено мер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="96" />
      <source>Measures reported</source>
      <translation>Отчитано мер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="150" />
      <source>Missing and late</source>
      <translation>Не сдали и опоздали</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="228" />
      <source>Money, som</source>
      <translation>Средства, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="110" />
      <source>Municipalities</source>
      <translation>Муниципалитеты</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="169" />
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="223" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="171" />
      <source>Oblast</source>
      <translation>Область</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="172" />
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="170" />
      <source>Rayon</source>
      <translation>Район</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="145" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="144" />
      <source>Rejected</source>
      <translation>Отклонённые</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="225" />
      <source>Reported</source>
      <translation>Отчитались</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="119" />
      <source>Sequence</source>
      <translation>Номер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="193" />
      <source>late: created {date}</source>
      <translation>с опозданием: создан {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="180" />
      <source>no package</source>
      <translation>нет пакета</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/report.py" line="137" />
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="80" />
      <source>Approve</source>
      <translation>Утвердить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="51" />
      <source>Approve the report for {period}</source>
      <translation>Утверждение отчёта за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="76" />
      <source>Date of approval:</source>
      <translation>Дата утверждения:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="71" />
      <source>Head of the aiyl okmotu:</source>
      <translation>Глава айыл окмоту:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="60" />
      <source>Once approved, the report is locked. It can be unlocked later only with a recorded reason.</source>
      <translation>После утверждения отчёт блокируется. Разблокировать его можно только с указанием причины.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="85" />
      <source>Cancelled; nothing was attached.</source>
      <translation>Отменено; ничего не прикреплено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="65" />
      <source>Cannot read {path} (was the USB stick removed?): {detail}</source>
      <translation>Не удаётся прочитать {path} (флешку извлекли?): {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="77" />
      <source>Reading {path} failed (was the USB stick removed?). Nothing was attached.</source>
      <translation>Не удалось прочитать {path} (флешку извлекли?). Ничего не прикреплено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="61" />
      <source>The file {path} was not found.</source>
      <translation>Файл {path} не найден.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="124" />
      <source>The stored copy of {name} is missing.</source>
      <translation>Сохранённая копия файла {name} отсутствует.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/attachments.py" line="106" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="90" />
      <source>{path} is larger than {mb} MB; attach a smaller file.</source>
      <translation>{path} больше {mb} МБ; прикрепите файл меньшего размера.</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="90" />
      <source>  KEY CHANGED for {soate}: {old} -&gt; {new} ({name})</source>
      <translation>КЛЮЧ ИЗМЕНИЛСЯ у {soate}: {old} -&gt; {new} ({name})</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="133" />
      <source>(not reported)</source>
      <translation>(нет отчёта)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="235" />
      <source>By direction ({period}):</source>
      <translation>По направлениям ({period}):</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="74" />
      <source>DAMAGED</source>
      <translation>ПОВРЕЖДЕНА</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="82" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="61" />
      <source>Done: {name}, reports for {count} periods, {files} attached files.</source>
      <translation>Готово: {name}, отчёты за {count} периодов, прикреплённых файлов: {files}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="52" />
      <source>Dry run: nothing was changed.</source>
      <translation>Пробный прогон: ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="60" />
      <source>Dry run: {new} new, {matched} already in the register, {bad} rejected. Nothing was written.</source>
      <translation>Пробный прогон: новых — {new}, уже в реестре — {matched}, отклонено — {bad}. Ничего не записано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="83" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="84" />
      <source>Expected result</source>
      <translation>Ожидаемый результат</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="57" />
      <source>Filling {path} with demo data…</source>
      <translation>Заполнение {path} демонстрационными данными…</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="114" />
      <source>Fingerprint (print it on the letter to the municipalities): {fp}</source>
      <translation>Отпечаток (напечатайте его в письме муниципалитетам): {fp}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="85" />
      <source>Funding</source>
      <translation>Финансирование</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="46" />
      <source>INVALID: {reason}</source>
      <translation>НЕДЕЙСТВИТЕЛЕН: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="71" />
      <source>Imported: {added} added, {updated} updated, {bad} rejected.</source>
      <translation>Импортировано: добавлено — {added}, обновлено — {updated}, отклонено — {bad}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="55" />
      <source>Installed plan {plan} version {version}. A backup was made first: {backup}</source>
      <translation>Установлен план {plan}, версия {version}. Перед этим сделана резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="126" />
      <source>Interrupted.</source>
      <translation>Прервано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency.py" line="22" />
      <source>MSU Desktop for the agency: sign plan packages, verify and consolidate the municipalities' report packages.</source>
      <translation>MSU Desktop для агентства: подпись пакетов плана, проверка и свод пакетов отчётов муниципалитетов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/main.py" line="28" />
      <source>MSU Desktop: Local Self-Government Development Programme reports and the municipal property register.</source>
      <translation>MSU Desktop: отчёты по Программе развития местного самоуправления и реестр муниципального имущества.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="193" />
      <source>Next report: {period}, due {date} ({days} days left).</source>
      <translation>Следующий отчёт: {period}, срок {date} (осталось дней: {days}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="201" />
      <source>Next report: {period}, due {date}, overdue by {days} days.</source>
      <translation>Следующий отчёт: {period}, срок {date}, просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="63" />
      <source>No backups found.</source>
      <translation>Резервные копии не найдены.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="144" />
      <source>No problems: the report for {period} can be marked complete.</source>
      <translation>Ошибок нет: отчёт за {period} можно отметить как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="89" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Внимание: здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="110" />
      <source>Now working on {plan}.</source>
      <translation>Теперь работа идёт по программе {plan}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="69" />
      <source>Open it with: msu-desktop --data-dir {path}</source>
      <translation>Откройте его командой: msu-desktop --data-dir {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="77" />
      <source>Packages found: {n}; accepted: {ok}; rejected: {bad}; older or duplicate: {dup}.</source>
      <translation>Найдено пакетов: {n}; принято: {ok}; отклонено: {bad}; устаревших или повторных: {dup}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="95" />
      <source>Password for the agency key: </source>
      <translation>Пароль ключа агентства:</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="48" />
      <source>Restored the backup of {date} ({name}). The previous data was kept in {aside}.</source>
      <translation>Восстановлена резервная копия от {date} ({name}). Прежние данные сохранены в {aside}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="57" />
      <source>Row {row}: {reason}</source>
      <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="48" />
      <source>Signed by the agency key {fingerprint}.</source>
      <translation>Подписано ключом агентства {fingerprint}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="91" />
      <source>The agency key {fingerprint} is now trusted.</source>
      <translation>Ключ агентства {fingerprint} теперь доверенный.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="86" />
      <source>The database is damaged: {detail}</source>
      <translation>База данных повреждена: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="97" />
      <source>The database is sound.</source>
      <translation>База данных в порядке.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="90" />
      <source>The latest good backup is {path}; restore it with: msu-desktop restore {path}</source>
      <translation>Последняя исправная резервная копия — {path}; восстановите её: msu-desktop restore {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="211" />
      <source>The programme ended on {date}: its reports are an archive and can still be completed. Import the current programme's plan package from the agency: msu-desktop import-plan PACKAGE.</source>
      <translation>Программа закончилась {date}: её отчёты — архив, их ещё можно дополнить. Импортируйте пакет плана текущей программы из агентства: msu-desktop import-plan ПАКЕТ.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="96" />
      <source>The same password again: </source>
      <translation>Тот же пароль ещё раз:</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="118" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Текст программы для этого плана отсутствует.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="82" />
      <source>There is no database in {path}.</source>
      <translation>В {path} нет базы данных.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="49" />
      <source>VALID: {soate} {period}, sequence {seq}, signed by key {fingerprint}</source>
      <translation>ДЕЙСТВИТЕЛЕН: {soate} {period}, номер {seq}, подписан ключом {fingerprint}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="17" />
      <source>YYYY-H1 or YYYY-H2</source>
      <translation>ГГГГ-H1 или ГГГГ-H2</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="36" />
      <source>YYYY-Hn (default: the latest period found)</source>
      <translation>ГГГГ-Hn (по умолчанию — последний найденный период)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="35" />
      <source>a blank template to fill in</source>
      <translation>пустой шаблон для заполнения</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="73" />
      <source>a signed key-rotation.json to carry (its .minisig beside it)</source>
      <translation>подписанный key-rotation.json для передачи (его .minisig рядом)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="37" />
      <source>accept a new key from a signed key-rotation document</source>
      <translation>принять новый ключ из подписанного документа о смене ключа</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="110" />
      <source>approved by {name} on {date}</source>
      <translation>утверждён: {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="31" />
      <source>as printed on the agency's letter</source>
      <translation>как напечатано в письме агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="16" />
      <source>back up the database, attached files and keys</source>
      <translation>резервная копия базы данных, вложений и ключей</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="16" />
      <source>build the signed report package of a period</source>
      <translation>сформировать подписанный пакет отчёта за период</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="22" />
      <source>check a report package: format, hashes, signature</source>
      <translation>проверить пакет отчёта: формат, хеши, подпись</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="18" />
      <source>check and install a signed plan package (.msuplan)</source>
      <translation>проверить и установить подписанный пакет плана (.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="21" />
      <source>check every row, write nothing</source>
      <translation>проверить все строки, ничего не записывая</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="32" />
      <source>check the database's integrity</source>
      <translation>проверить целостность базы данных</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="30" />
      <source>create the agency's signing key pair</source>
      <translation>создать пару ключей подписи агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="129" />
      <source>due</source>
      <translation>срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="32" />
      <source>e.g. 2019-H1</source>
      <translation>например, 2019-H1</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="26" />
      <source>every field of every item, as JSON</source>
      <translation>все поля каждого элемента в формате JSON</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="33" />
      <source>every field, as JSON</source>
      <translation>все поля в формате JSON</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="29" />
      <source>export the register to Excel</source>
      <translation>выгрузить реестр в Excel</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="19" />
      <source>fill an empty data folder with a demo municipality</source>
      <translation>заполнить пустую папку данных демонстрационным муниципалитетом</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="18" />
      <source>folder (e.g. a USB stick)</source>
      <translation>папка (например, флешка)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="32" />
      <source>folder for agency.key and agency.pub</source>
      <translation>папка для agency.key и agency.pub</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="32" />
      <source>folder for the database and files (default: MSU_DATA_DIR or the per-user data folder)</source>
      <translation>папка для базы данных и файлов (по умолчанию: MSU_DATA_DIR или папка данных пользователя)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="61" />
      <source>folder of form settings (*.json)</source>
      <translation>папка настроек форм (*.json)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="18" />
      <source>import an Excel register</source>
      <translation>импортировать реестр из Excel</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="40" />
      <source>key-rotation.json (its .minisig beside it)</source>
      <translation>key-rotation.json (его .minisig рядом)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="38" />
      <source>language: ky or ru</source>
      <translation>язык: ky или ru</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="27" />
      <source>list the backups in the data folder and check them</source>
      <translation>перечислить и проверить резервные копии в папке данных</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="34" />
      <source>list the trusted agency keys</source>
      <translation>перечислить доверенные ключи агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="17" />
      <source>load a directory file (CSV or JSON)</source>
      <translation>загрузить файл справочника (CSV или JSON)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="40" />
      <source>log debug details</source>
      <translation>записывать отладочные подробности в журнал</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="20" />
      <source>look a municipality up by name or code</source>
      <translation>найти муниципалитет по названию или коду</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="58" />
      <source>municipality directory (.json or .csv)</source>
      <translation>справочник муниципалитетов (.json или .csv)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="22" />
      <source>only check it and show what would change</source>
      <translation>только проверить и показать, что изменится</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/main.py" line="38" />
      <source>open the window, show every page, quit (checks a build)</source>
      <translation>открыть окно, показать все страницы и выйти (проверка сборки)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="26" />
      <source>override columns: field=COLUMN_LETTER,... e.g. name=B,area=F</source>
      <translation>переопределить столбцы: поле=БУКВА_СТОЛБЦА,... например name=B,area=F</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="39" />
      <source>print the decree and the text of the programme (Annex 1)</source>
      <translation>вывести постановление и текст программы (приложение 1)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="24" />
      <source>print the installed plan</source>
      <translation>вывести установленный план</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="48" />
      <source>private key file (repeat to sign with several keys)</source>
      <translation>файл закрытого ключа (повторите, чтобы подписать несколькими ключами)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="21" />
      <source>replace the data with a backup (the current data is kept aside)</source>
      <translation>заменить данные резервной копией (текущие данные сохраняются отдельно)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="225" />
      <source>reported {r}/{t}, completed {c}, deadline missed {o}</source>
      <translation>отчитано {r}/{t}, выполнено {c}, срок нарушен {o}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="27" />
      <source>reporting periods with due dates and state</source>
      <translation>отчётные периоды со сроками и состоянием</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="24" />
      <source>semi-annual progress reports</source>
      <translation>полугодовые отчёты о ходе выполнения</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="38" />
      <source>sign a plan file into a plan package (.msuplan)</source>
      <translation>подписать файл плана в пакет плана (.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="47" />
      <source>signed demo packages from N municipalities</source>
      <translation>подписанные демонстрационные пакеты от N муниципалитетов</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="44" />
      <source>start a period from the previous one</source>
      <translation>начать период с данных предыдущего</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="26" />
      <source>the agency keys this copy trusts</source>
      <translation>ключи агентства, которым доверяет эта копия</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="29" />
      <source>the agency's public key file (.pub)</source>
      <translation>файл открытого ключа агентства (.pub)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="32" />
      <source>the consolidated report (.xlsx)</source>
      <translation>сводный отчёт (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="67" />
      <source>the decree and programme text (schema data/schema/programme.schema.json)</source>
      <translation>текст постановления и программы (схема data/schema/programme.schema.json)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="22" />
      <source>the installed plan</source>
      <translation>установленный план</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="30" />
      <source>the installed programmes; * marks the one the app works on</source>
      <translation>установленные программы; * отмечает ту, по которой идёт работа</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="31" />
      <source>the measures of a period and their status</source>
      <translation>меры периода и их статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="16" />
      <source>the municipal property register</source>
      <translation>реестр муниципального имущества</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="15" />
      <source>the municipality directory (СОАТЕ)</source>
      <translation>справочник муниципалитетов (СОАТЕ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="41" />
      <source>the plan JSON (schema data/schema/plan.schema.json)</source>
      <translation>JSON плана (схема data/schema/plan.schema.json)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="52" />
      <source>the previous package of this plan</source>
      <translation>предыдущий пакет этого плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="36" />
      <source>the programme's id, as 'plan list' prints it</source>
      <translation>идентификатор программы, как его выводит 'plan list'</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="32" />
      <source>the public version (measure 3.2.2)</source>
      <translation>публичная версия (мера 3.2.2)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="28" />
      <source>trust a key handed over in person</source>
      <translation>доверять ключу, переданному лично</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="36" />
      <source>validate a period; exit 1 when it has problems</source>
      <translation>проверить период; код выхода 1 при ошибках</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="28" />
      <source>verify and consolidate every report package in a folder</source>
      <translation>проверить и свести все пакеты отчётов в папке</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="47" />
      <source>where every period stands</source>
      <translation>состояние каждого периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="40" />
      <source>who changed what in a measure's report</source>
      <translation>кто что изменил в отчёте по мере</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="34" />
      <source>work on another installed programme (reports, exports follow)</source>
      <translation>работать по другой установленной программе (отчёты и выгрузки — по ней)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="42" />
      <source>wrap lines at this width (0: do not)</source>
      <translation>переносить строки по этой ширине (0: не переносить)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="114" />
      <source>{days} days left</source>
      <translation>осталось дней: {days}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="110" />
      <source>{n} demo packages written to {path}</source>
      <translation>Записано демонстрационных пакетов: {n} в {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="35" />
      <source>{n} municipalities in the directory.</source>
      <translation>Муниципалитетов в справочнике: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="108" />
      <source>{n} of {total} reported</source>
      <translation>отчитано {n} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="136" />
      <source>{n} problem(s)</source>
      <translation>ошибок: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="182" />
      <source>{n} values carried forward into {period}.</source>
      <translation>Перенесено значений в {period}: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="56" />
      <source>СОАТЕ directory CSV for real names (e.g. ../shared/data/soate/*.csv)</source>
      <translation>CSV-справочник СОАТЕ для настоящих названий (например, ../shared/data/soate/*.csv)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_collect.py" line="43" />
      <source>СОАТЕ directory CSV, to list municipalities without a package</source>
      <translation>CSV-справочник СОАТЕ, чтобы перечислить муниципалитеты без пакета</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="73" />
      <source>&amp;Install</source>
      <translation>&amp;Установить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="94" />
      <source>A backup is made before the plan is installed. Reports stay with their measures.</source>
      <translation>Перед установкой плана делается резервная копия. Отчёты остаются привязанными к своим мерам.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="69" />
      <source>Check and changes</source>
      <translation>Проверка и изменения</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="90" />
      <source>Signed by the agency key {fp}.</source>
      <translation>Подписано ключом агентства {fp}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="86" />
      <source>The package was refused:</source>
      <translation>Пакет отклонён:</translation>
    </message>
  </context>
  <context>
    <name>ChooseFilePage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="43" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="37" />
      <source>Choose the plan package</source>
      <translation>Выберите пакет плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="56" />
      <source>Plan package</source>
      <translation>Пакет плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="56" />
      <source>Plan packages (*.msuplan)</source>
      <translation>Пакеты плана (*.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="39" />
      <source>The agency sends plan updates as .msuplan files, usually on a USB stick.</source>
      <translation>Агентство присылает обновления плана файлами .msuplan, обычно на флешке.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="221" />
      <source>Add comment</source>
      <translation>Добавить комментарий</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="215" />
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
      <location filename="msu_desktop/gui/dashboard_page.py" line="384" />
      <source>Cannot write {path}.</source>
      <translation>Не удаётся записать {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="55" />
      <source>Completed</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="69" />
      <source>Every report that has begun is approved.</source>
      <translation>Все начатые отчёты утверждены.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="56" />
      <source>In progress</source>
      <translation>В процессе</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="66" />
      <source>Next report: {period}, due {date} — overdue by {days} days</source>
      <translation>Следующий отчёт: {period}, срок {date} — просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="63" />
      <source>Next report: {period}, due {date} — {days} days left</source>
      <translation>Следующий отчёт: {period}, срок {date} — осталось {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="58" />
      <source>Not reported</source>
      <translation>Нет отчёта</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="57" />
      <source>Other status</source>
      <translation>Другой статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="60" />
      <source>Progress by direction, {period}</source>
      <translation>Ход выполнения по направлениям, {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="54" />
      <source>Progress of the semi-annual reports</source>
      <translation>Ход полугодовых отчётов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="82" />
      <source>The programme ended on {date}: its reports are an archive and can still be completed. To report on the current programme, import its plan package from the agency (File → Import a plan package…).</source>
      <translation>Программа закончилась {date}: её отчёты — архив, их ещё можно дополнить. Чтобы отчитываться по текущей программе, импортируйте её пакет плана из агентства (Файл → Импорт пакета плана…).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="72" />
      <source>approved</source>
      <translation>утверждён</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="81" />
      <source>archive</source>
      <translation>архив</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="59" />
      <source>deadline passed: {n}</source>
      <translation>срок истёк: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="74" />
      <source>due soon</source>
      <translation>срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="73" />
      <source>overdue</source>
      <translation>просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="75" />
      <source>{done} of {total}</source>
      <translation>{done} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="76" />
      <source>“3 of 12”: measures completed, of the measures the municipality reports in that half-year.</source>
      <translation>«3 из 12»: выполнено мер из тех, по которым муниципалитет отчитывается в этом полугодии.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="317" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="400" />
      <source>Dashboard — {name}.pdf</source>
      <translation>Сводка — {name}.pdf</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="402" />
      <source>Dashboard.pdf</source>
      <translation>Сводка.pdf</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="413" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="320" />
      <source>Save as &amp;PDF…</source>
      <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="422" />
      <source>Save the dashboard as PDF</source>
      <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="346" />
      <source>The programme ended on {date}. {approved} of {total} reports approved; the others are an archive and can still be completed.</source>
      <translation>Программа закончилась {date}. Утверждено отчётов: {approved} из {total}; остальные — архив, их ещё можно дополнить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="353" />
      <source>{approved} of {total} reports approved; {overdue} overdue.</source>
      <translation>Утверждено отчётов: {approved} из {total}; просрочено: {overdue}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="335" />
      <source>{name} · as of {date}</source>
      <translation>{name} · по состоянию на {date}</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1294" />
      <source>Acquire</source>
      <translation>Принять в собственность</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1304" />
      <source>Action:</source>
      <translation>Действие:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1290" />
      <source>Council decision</source>
      <translation>Решение айылного кенеша</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1306" />
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1305" />
      <source>Decision No.:</source>
      <translation>Номер решения:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1295" />
      <source>Lease</source>
      <translation>Сдать в аренду</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1296" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1299" />
      <source>Sell</source>
      <translation>Продать</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1307" />
      <source>What was decided:</source>
      <translation>Что решено:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1298" />
      <source>Write off</source>
      <translation>Списать</translation>
    </message>
  </context>
  <context>
    <name>Delivery</name>
    <message>
      <location filename="msu_desktop/services/labels.py" line="98" />
      <source>created</source>
      <translation>создан</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="103" />
      <source>failed: {reason}; next try {when}</source>
      <translation>ошибка: {reason}; следующая попытка {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="100" />
      <source>saved to {place}</source>
      <translation>сохранён в {place}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="102" />
      <source>sent {when}</source>
      <translation>отправлен {when}</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="msu_desktop/services/demo.py" line="311" />
      <source>The data folder {path} already has data. Choose an empty folder for the demo.</source>
      <translation>В папке данных {path} уже есть данные. Для демонстрации выберите пустую папку.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/demo.py" line="60" />
      <source>The demo data file is damaged.</source>
      <translation>Файл демонстрационных данных повреждён.</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="109" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="572" />
      <source>(target {n} {unit})</source>
      <translation>(цель: {n} {unit})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="525" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="543" />
      <source>Deadline: {deadline}. Expected result: {result}</source>
      <translation>Срок: {deadline}. Ожидаемый результат: {result}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="551" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="555" />
      <source>Money spent, by source ({currency})</source>
      <translation>Израсходовано средств по источникам ({currency})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="511" />
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="264" />
      <source>A lease awarded by auction needs the auction protocol's number.</source>
      <translation>Для аренды по итогам аукциона нужен номер протокола аукциона.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="266" />
      <source>A lease awarded without an auction needs the reason.</source>
      <translation>Для аренды без аукциона нужно указать основание.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="94" />
      <source>A password is needed: set MSU_AGENCY_PASSWORD or use --password-file.</source>
      <translation>Нужен пароль: задайте MSU_AGENCY_PASSWORD или используйте --password-file.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/build.py" line="53" />
      <source>A plan package must be signed with at least one agency key.</source>
      <translation>Пакет плана должен быть подписан хотя бы одним ключом агентства.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="177" />
      <source>A signature in the plan package is damaged: {reason}</source>
      <translation>Подпись в пакете плана повреждена: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="104" />
      <source>Bad signature: the manifest was changed or signed by someone else ({reason})</source>
      <translation>Неверная подпись: манифест изменён или подписан другим ({reason})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="89" />
      <source>Cannot create the data folder {path}: {detail}</source>
      <translation>Не удаётся создать папку данных {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/collect.py" line="178" />
      <source>Cannot read the directory file {path}.</source>
      <translation>Не удаётся прочитать файл справочника {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="148" />
      <source>Cannot read the file {path}.</source>
      <translation>Не удается прочитать файл {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="130" />
      <source>Cannot read the key file {path}.</source>
      <translation>Не удаётся прочитать файл ключа {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="87" />
      <source>Cannot read the password file {path}.</source>
      <translation>Не удаётся прочитать файл пароля {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="70" />
      <source>Cannot read {path}.</source>
      <translation>Не удаётся прочитать {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="30" />
      <source>Cannot write to {path}: the drive is read-only or access is denied.</source>
      <translation>Не удаётся записать в {path}: диск защищён от записи или доступ запрещён.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">Не удаётся записать {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="39" />
      <source>Cannot write {path}: {detail}</source>
      <translation>Не удаётся записать {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="506" />
      <source>Coordinates are numbers such as 42.874621.</source>
      <translation>Координаты — это числа, например 42.874621.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="190" />
      <source>Enter the decision's number.</source>
      <translation>Введите номер решения.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="86" />
      <source>Enter the object's name.</source>
      <translation>Введите наименование объекта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="85" />
      <source>Measure {code} appears twice in the plan.</source>
      <translation>Мера {code} встречается в плане дважды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="77" />
      <source>Measure {code} names an executor {executor} that is not in the glossary.</source>
      <translation>В мере {code} указан исполнитель {executor}, которого нет в перечне сокращений.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="121" />
      <source>Missing file in the package: {name}</source>
      <translation>В пакете отсутствует файл: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="105" />
      <source>No connection to the server ({reason}).</source>
      <translation>Нет связи с сервером ({reason}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="138" />
      <source>No header row with a name column was found. Map the columns by hand.</source>
      <translation>Не найдена строка заголовков со столбцом наименования. Сопоставьте столбцы вручную.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="145" />
      <source>No plan is installed.</source>
      <translation>План не установлен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="111" />
      <source>No upload address is set.</source>
      <translation>Адрес для отправки не задан.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="48" />
      <source>Not a column letter: {col}</source>
      <translation>Это не буква столбца: {col}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="130" />
      <source>Not a valid package: {reason}</source>
      <translation>Недействительный пакет: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="347" />
      <source>Only an active object can be leased.</source>
      <translation>Сдать в аренду можно только действующий объект.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="226" />
      <source>Set up the municipality (File → Municipality) before exporting.</source>
      <translation>Перед выгрузкой заполните данные муниципалитета (Файл → Муниципалитет).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/collect.py" line="150" />
      <source>Signed with a new key ({new}); the registered key is {old}. Confirm the new key with the municipality's stamped paper first.</source>
      <translation>Подписан новым ключом ({new}); зарегистрирован ключ {old}. Сначала подтвердите новый ключ бумажным документом муниципалитета с печатью.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="119" />
      <source>Tampered file in the package: {name}</source>
      <translation>Файл в пакете изменён: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/collect.py" line="85" />
      <source>The agency's key registry {path} is damaged.</source>
      <translation>Реестр ключей агентства {path} повреждён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="508" />
      <source>The coordinates are outside Kyrgyzstan.</source>
      <translation>Координаты за пределами Кыргызстана.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="113" />
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation>Файл базы данных повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="83" />
      <source>The database file is damaged and cannot be opened: {detail}</source>
      <translation>Файл базы данных повреждён и не открывается: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/collect.py" line="191" />
      <source>The directory file {path} has no СОАТЕ code or name column.</source>
      <translation>В файле справочника {path} нет столбца кода СОАТЕ или наименования.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="34" />
      <source>The drive holding {path} is not available (was the USB stick removed?). Nothing was saved there; try again.</source>
      <translation>Диск с {path} недоступен (флешку извлекли?). Туда ничего не записано; попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="220" />
      <source>The export was cancelled; nothing was written.</source>
      <translation>Выгрузка отменена; ничего не записано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="71" />
      <source>The file is not a plan package (it has no manifest).</source>
      <translation>Файл не является пакетом плана (нет манифеста).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="82" />
      <source>The file is not a plan package (unknown manifest).</source>
      <translation>Файл не является пакетом плана (неизвестный манифест).</translation>
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
      <location filename="msu_desktop/services/plan_package/verify.py" line="124" />
      <source>The file {name} in the plan package is not readable.</source>
      <translation>Файл {name} в пакете плана не читается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="128" />
      <source>The file {name} in the plan package is not valid: {detail}</source>
      <translation>Файл {name} в пакете плана неверен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="211" />
      <source>The file {name} in the plan package was changed or damaged; the package was refused.</source>
      <translation>Файл {name} в пакете плана изменён или повреждён; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="114" />
      <source>The fingerprint does not match this key: the key was NOT added. Check the letter and the file.</source>
      <translation>Отпечаток не совпадает с этим ключом: ключ НЕ добавлен. Проверьте письмо и файл.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency/collect.py" line="109" />
      <source>The folder {path} does not exist.</source>
      <translation>Папка {path} не существует.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="100" />
      <source>The inventory number {number} is already used.</source>
      <translation>Инвентарный номер {number} уже занят.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="52" />
      <source>The key or signature is damaged (not valid base64).</source>
      <translation>Ключ или подпись повреждены (недопустимый base64).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="140" />
      <source>The key-rotation document is not readable.</source>
      <translation>Документ о смене ключа не читается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="132" />
      <source>The key-rotation document is not signed by a trusted agency key; the new key was not accepted.</source>
      <translation>Документ о смене ключа не подписан доверенным ключом агентства; новый ключ не принят.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="89" />
      <source>The key-rotation document or its signature (.minisig) is missing.</source>
      <translation>Отсутствует документ о смене ключа или его подпись (.minisig).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="258" />
      <source>The lease ends before it starts.</source>
      <translation>Аренда заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="69" />
      <source>The list of trusted agency keys ({path}) is damaged.</source>
      <translation>Список доверенных ключей агентства ({path}) повреждён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="84" />
      <source>The municipality directory has no СОАТЕ code or name column.</source>
      <translation>В справочнике муниципалитетов нет столбца кода СОАТЕ или наименования.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="54" />
      <source>The municipality directory is not UTF-8 text.</source>
      <translation>Справочник муниципалитетов не в кодировке UTF-8.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="59" />
      <source>The municipality directory is not readable JSON.</source>
      <translation>Справочник муниципалитетов — нечитаемый JSON.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="227" />
      <source>The object {number} is already written off or sold.</source>
      <translation>Объект {number} уже списан или продан.</translation>
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
      <location filename="msu_desktop/services/package/verify.py" line="111" />
      <source>The package has a file its manifest does not list: {name}</source>
      <translation>В пакете есть файл, не указанный в манифесте: {name}</translation>
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
      <location filename="msu_desktop/services/package/verify.py" line="90" />
      <source>The package is not signed (missing file {name}).</source>
      <translation>Пакет не подписан (нет файла {name}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="95" />
      <source>The package is signed with a different key than the one registered for this municipality (fingerprint {fingerprint}).</source>
      <translation>Пакет подписан не тем ключом, что зарегистрирован для этого муниципалитета (отпечаток {fingerprint}).</translation>
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
      <location filename="msu_desktop/services/package/verify.py" line="134" />
      <source>The package's data does not match its manifest.</source>
      <translation>Данные пакета не соответствуют его манифесту.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="126" />
      <source>The package's data.json is not valid: {detail}</source>
      <translation>data.json пакета недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="75" />
      <source>The package's manifest is damaged (tampered file).</source>
      <translation>Манифест пакета повреждён (файл изменён).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="86" />
      <source>The package's manifest is not valid: {detail}</source>
      <translation>Манифест пакета недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="70" />
      <source>The package's manifest is too large.</source>
      <translation>Манифест пакета слишком большой.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="91" />
      <source>The password file {path} is empty.</source>
      <translation>Файл пароля {path} пуст.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="229" />
      <source>The plan in the package does not match its manifest.</source>
      <translation>План в пакете не соответствует манифесту.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="223" />
      <source>The plan in the package is not readable.</source>
      <translation>План в пакете не читается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="225" />
      <source>The plan in the package is not valid: {detail}</source>
      <translation>План в пакете недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="112" />
      <source>The plan package carries a form this version of the app does not know: {name}</source>
      <translation>В пакете плана есть форма, неизвестная этой версии программы: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="199" />
      <source>The plan package contains a file that its manifest does not list: {name}</source>
      <translation>Пакет плана содержит файл, не указанный в манифесте: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="84" />
      <source>The plan package has format version {version}, which this version of the app does not know. Install a newer MSU Desktop.</source>
      <translation>Пакет плана имеет версию формата {version}, неизвестную этой версии программы. Установите более новый MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="102" />
      <source>The plan package has no report form (forms/report_rules.json) and this version of the app has none for the plan {plan}, so no report could be filled in; it was refused.</source>
      <translation>В пакете плана нет формы отчёта (forms/report_rules.json), а в этой версии программы её нет для плана {plan}, поэтому отчёт заполнить было бы невозможно; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="206" />
      <source>The plan package is incomplete: {name} is missing.</source>
      <translation>Пакет плана неполон: отсутствует {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="192" />
      <source>The plan package is not signed by a trusted agency key; it was refused.</source>
      <translation>Пакет плана не подписан доверенным ключом агентства; он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="169" />
      <source>The plan package is not signed; it was refused.</source>
      <translation>Пакет плана не подписан; он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="186" />
      <source>The plan package was changed after it was signed (the agency's signature does not match); it was refused.</source>
      <translation>Пакет плана изменён после подписания (подпись агентства не совпадает); он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="66" />
      <source>The plan package was refused: {reason}</source>
      <translation>Пакет плана отклонён: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="80" />
      <source>The plan package's manifest is not readable.</source>
      <translation>Манифест пакета плана не читается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="92" />
      <source>The plan package's manifest is not valid: {detail}</source>
      <translation>Манифест пакета плана недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="73" />
      <source>The plan package's manifest is too large; the package was refused.</source>
      <translation>Манифест пакета плана слишком большой; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/build.py" line="56" />
      <source>The plan's version ({version}) must be greater than the previous package's ({previous}).</source>
      <translation>Версия плана ({version}) должна быть больше версии предыдущего пакета ({previous}).</translation>
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
      <location filename="msu_desktop/services/plan_package/verify.py" line="134" />
      <source>The programme text in the package belongs to another plan ({other}).</source>
      <translation>Текст программы в пакете относится к другому плану ({other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_service.py" line="111" />
      <source>The programme {plan} is not installed.</source>
      <translation>Программа {plan} не установлена.</translation>
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
      <location filename="msu_desktop/services/property_service.py" line="260" />
      <source>The rent cannot be negative.</source>
      <translation>Арендная плата не может быть отрицательной.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="143" />
      <source>The report form in the package is written for other plans ({other}).</source>
      <translation>Форма отчёта в пакете составлена для других планов ({other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="102" />
      <source>The server answered {code}.</source>
      <translation>Сервер ответил кодом {code}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="76" />
      <source>The sheet has more than {n} rows.</source>
      <translation>На листе больше {n} строк.</translation>
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
      <location filename="msu_desktop/cli/agency_keys.py" line="97" />
      <source>The two passwords differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="379" />
      <source>The value cannot be negative.</source>
      <translation>Стоимость не может быть отрицательной.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="114" />
      <source>There is no database to back up in {path}.</source>
      <translation>В {path} нет базы данных для резервного копирования.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="598" />
      <source>There is no property object {id}.</source>
      <translation>Объекта имущества {id} нет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="299" />
      <source>There is no such lease.</source>
      <translation>Такого договора аренды нет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/files.py" line="24" />
      <source>There is not enough free space on {path}. Free some space or choose another drive; nothing was changed.</source>
      <translation>На {path} недостаточно свободного места. Освободите место или выберите другой диск; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="93" />
      <source>This database was created by a newer version of MSU Desktop (schema {revision}). Install the newer version; the database has not been changed.</source>
      <translation>Эта база данных создана более новой версией MSU Desktop (схема {revision}). Установите новую версию; база данных не изменена.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/safe_zip.py" line="73" />
      <source>This is not a package, or the file is truncated or damaged: {path}</source>
      <translation>Это не пакет, либо файл обрезан или повреждён: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="68" />
      <source>This is not a report package (it has no manifest).</source>
      <translation>Это не пакет отчёта (нет манифеста).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="77" />
      <source>This is not a report package (unknown manifest).</source>
      <translation>Это не пакет отчёта (неизвестный манифест).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/signing/minisign.py" line="91" />
      <source>This is not an Ed25519 minisign public key.</source>
      <translation>Это не открытый ключ minisign Ed25519.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/verify.py" line="232" />
      <source>This package holds version {version} of the plan, but version {installed} is already installed. An older or the same version is never installed again.</source>
      <translation>В пакете версия плана {version}, а уже установлена версия {installed}. Более старая или та же версия повторно не устанавливается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="112" />
      <source>Type the whole fingerprint (32 characters) from the agency's letter.</source>
      <translation>Введите отпечаток полностью (32 символа) из письма агентства.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="188" />
      <source>Unknown kind of decision {kind}.</source>
      <translation>Неизвестный вид решения {kind}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/verify.py" line="79" />
      <source>Unknown package format version {version}; a newer MSU Desktop is needed.</source>
      <translation>Неизвестная версия формата пакета {version}; нужен более новый MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="83" />
      <source>Unknown property category {category}.</source>
      <translation>Неизвестная категория имущества {category}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="262" />
      <source>Unknown rent period {period}.</source>
      <translation>Неизвестный период арендной платы {period}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="99" />
      <source>Use a password of at least 8 characters.</source>
      <translation>Используйте пароль не короче 8 символов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="89" />
      <source>{field} cannot be negative.</source>
      <translation>{field} не может быть отрицательным.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="170" />
      <source>{name} does not contain a database.</source>
      <translation>{name} не содержит базы данных.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="221" />
      <source>{name} is damaged: its database fails the integrity check ({detail}).</source>
      <translation>{name} повреждена: её база данных не проходит проверку целостности ({detail}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="210" />
      <source>{name} is damaged: the file {file} does not match its checksum.</source>
      <translation>{name} повреждена: файл {file} не совпадает с контрольной суммой.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="198" />
      <source>{name} is incomplete or was changed (file {file}).</source>
      <translation>{name} неполна или изменена (файл {file}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="187" />
      <source>{name} is not a usable backup: {detail}</source>
      <translation>{name} — непригодная резервная копия: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="163" />
      <source>{name} is not an MSU Desktop backup.</source>
      <translation>{name} не является резервной копией MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="165" />
      <source>{name} was made by another version of MSU Desktop and cannot be read.</source>
      <translation>{name} создана другой версией MSU Desktop и не может быть прочитана.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/agency_keys.py" line="106" />
      <source>{path} exists already; a key is never overwritten.</source>
      <translation>{path} уже существует; ключ никогда не перезаписывается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/build.py" line="117" />
      <source>{path} is not a plan file.</source>
      <translation>{path} не является файлом плана.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="71" />
      <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
      <translation>{path} не является читаемой книгой Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="51" />
      <source>{what} is not a readable JSON file: {detail}</source>
      <translation>{what}: файл не читается как JSON: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="38" />
      <source>{what} is not valid: at {where}: {detail}</source>
      <translation>{what}: ошибка в данных, место {where}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="60" />
      <source>{what} was not found: {path}</source>
      <translation>{what}: не найден: {path}</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="159" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="86" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/pdf_common.py" line="127" />
      <source>Electronic package fingerprint</source>
      <translation>Отпечаток электронного пакета</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="143" />
      <source>Head of the aiyl okmotu</source>
      <translation>Глава айыл окмоту</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="89" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="85" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="51" />
      <source>Measures: {total}, reported: {reported}, deadline passed: {missed}. Money spent: {money} som.</source>
      <translation>Мер: {total}, отчитано: {reported}, срок истёк: {missed}. Израсходовано: {money} сом.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="71" />
      <source>Money, som</source>
      <translation>Средства, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="84" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="160" />
      <source>Place for the seal</source>
      <translation>М.П.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="91" />
      <source>Problems</source>
      <translation>Возникшие проблемы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="72" />
      <source>Problems and proposals</source>
      <translation>Проблемы и предложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="92" />
      <source>Proposals</source>
      <translation>Предложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="72" />
      <source>Report</source>
      <translation>Отчёт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="73" />
      <source>Report on the implementation of the Action Plan for {period}</source>
      <translation>Отчёт о реализации Плана действий за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="149" />
      <source>Responsible secretary</source>
      <translation>Ответственный секретарь</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="158" />
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="87" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="134" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="88" />
      <source>What was done</source>
      <translation>Что сделано</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="114" />
      <source>deadline passed</source>
      <translation>срок истёк</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="109" />
      <source>not reported</source>
      <translation>нет отчёта</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="112" />
      <source>page {n} of {total}</source>
      <translation>страница {n} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="125" />
      <source>report for {period}</source>
      <translation>отчёт за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="90" />
      <source>som</source>
      <translation>сом</translation>
    </message>
  </context>
  <context>
    <name>FieldRow</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="439" />
      <source>Carried forward from the previous period</source>
      <translation>Перенесено из предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="351" />
      <source>Comments on this value</source>
      <translation>Комментарии к этому значению</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="340" />
      <source>History of this value</source>
      <translation>История этого значения</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="43" />
      <source>The import column names</source>
      <translation>Названия столбцов для импорта</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="61" />
      <source>The municipality directory</source>
      <translation>Справочник муниципалитетов</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="91" />
      <source>The plan file</source>
      <translation>Файл плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_files.py" line="113" />
      <source>The programme text</source>
      <translation>Текст программы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="72" />
      <source>The property categories</source>
      <translation>Категории имущества</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/rules.py" line="29" />
      <source>The report form rules</source>
      <translation>Правила формы отчёта</translation>
    </message>
  </context>
  <context>
    <name>FilesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1334" />
      <source>&amp;Add…</source>
      <translation>&amp;Добавить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1370" />
      <source>Photos and documents</source>
      <translation>Фотографии и документы</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <location filename="msu_desktop/services/guide.py" line="28" />
      <source>The user guide cannot be read: {path}</source>
      <translation>Не удаётся прочитать руководство: {path}</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="171" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="173" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="191" />
      <source>No changes yet.</source>
      <translation>Изменений пока нет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="174" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="172" />
      <source>Old value</source>
      <translation>Прежнее значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="169" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="170" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
  </context>
  <context>
    <name>LeaseDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1140" />
      <source>Auction protocol No.:</source>
      <translation>№ протокола аукциона:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1139" />
      <source>Awarded:</source>
      <translation>Предоставлено:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1134" />
      <source>Contract No.:</source>
      <translation>№ договора:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1136" />
      <source>End:</source>
      <translation>Окончание:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1110" />
      <source>Lease</source>
      <translation>Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1132" />
      <source>Lessee:</source>
      <translation>Арендатор:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1141" />
      <source>Reason (direct award):</source>
      <translation>Основание (без аукциона):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1138" />
      <source>Rent period:</source>
      <translation>Период оплаты:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1137" />
      <source>Rent, som:</source>
      <translation>Арендная плата, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1135" />
      <source>Start:</source>
      <translation>Начало:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1113" />
      <source>The lessee is a private person</source>
      <translation>Арендатор — физическое лицо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1127" />
      <source>by auction</source>
      <translation>по итогам аукциона</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1128" />
      <source>directly</source>
      <translation>без аукциона</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1121" />
      <source>per month</source>
      <translation>в месяц</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1122" />
      <source>per quarter</source>
      <translation>в квартал</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1123" />
      <source>per year</source>
      <translation>в год</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="218" />
      <source>&amp;About</source>
      <translation>&amp;О программе</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="187" />
      <source>&amp;Back up to a USB stick…</source>
      <translation>&amp;Резервная копия на флешку…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="179" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="212" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="184" />
      <source>&amp;Import a plan package…</source>
      <translation>&amp;Импорт пакета плана…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="195" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="180" />
      <source>&amp;Municipality…</source>
      <translation>&amp;Муниципалитет…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="232" />
      <source>&amp;Programme</source>
      <translation>&amp;Программа</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="206" />
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="190" />
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="213" />
      <source>&amp;User guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="276" />
      <source>Back up to…</source>
      <translation>Сохранить резервную копию в…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="296" />
      <source>Backing up…</source>
      <translation>Резервное копирование…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="291" />
      <source>Backup saved and checked: {path}</source>
      <translation>Резервная копия сохранена и проверена: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="304" />
      <source>Backups (msu-backup-*.zip)</source>
      <translation>Резервные копии (msu-backup-*.zip)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="120" />
      <source>Import a plan package…</source>
      <translation>Импорт пакета плана…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="346" />
      <source>MSU Desktop {version}
Reports on the Local Self-Government Development Programme and the municipal property register.
Data folder: {path}</source>
      <translation>MSU Desktop {version}
Отчёты по Программе развития местного самоуправления и реестр муниципального имущества.
Папка данных: {path}</translation>
    </message>
    <message>
      <source>Plan {plan} v{version}</source>
      <translation type="vanished">План {plan}, версия {version}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="316" />
      <source>Replace the current data with the backup of {date}? The current data is kept aside in the data folder, not deleted.</source>
      <translation>Заменить текущие данные резервной копией от {date}? Текущие данные сохранятся в папке данных, они не удаляются.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="304" />
      <source>Restore from a backup</source>
      <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="375" />
      <source>The programme ended on {date}: its reports are kept as an archive and can still be completed. For the current programme, import its plan package from the agency (File → Import a plan package…).</source>
      <translation>Программа закончилась {date}: её отчёты хранятся как архив, их ещё можно дополнить. Для текущей программы импортируйте её пакет плана из агентства (Файл → Импорт пакета плана…).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="156" />
      <source>This page cannot be shown: {reason}</source>
      <translation>Эту страницу нельзя показать: {reason}</translation>
    </message>
    <message>
      <source>{programme} ended on {date}. Its reports stay here as an archive and can still be completed. To report on the current programme, import its plan package from the agency: File → Import a plan package…</source>
      <translation type="vanished">«{programme}» закончилась {date}. Её отчёты остаются здесь как архив, их ещё можно дополнить. Чтобы отчитываться по текущей программе, импортируйте её пакет плана из агентства: Файл → Импорт пакета плана…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="363" />
      <source>{programme}, version {version}</source>
      <translation>{programme}, версия {version}</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1423" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1425" />
      <source>Area or quantity</source>
      <translation>Площадь или количество</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1428" />
      <source>Basis document</source>
      <translation>Документ-основание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1430" />
      <source>Book value</source>
      <translation>Балансовая стоимость</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1424" />
      <source>Cadastral code (ЕНИ)</source>
      <translation>Кадастровый код (ЕНИ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1421" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1415" />
      <source>Columns of the spreadsheet</source>
      <translation>Столбцы таблицы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1432" />
      <source>Condition</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1429" />
      <source>Initial value</source>
      <translation>Первоначальная стоимость</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1419" />
      <source>Inventory number</source>
      <translation>Инвентарный номер</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1420" />
      <source>Name</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1435" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1431" />
      <source>Residual value</source>
      <translation>Остаточная стоимость</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1434" />
      <source>State registration</source>
      <translation>Госрегистрация</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1460" />
      <source>The first rows:</source>
      <translation>Первые строки:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1426" />
      <source>Unit</source>
      <translation>Ед. изм.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1433" />
      <source>Use</source>
      <translation>Использование</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1422" />
      <source>Village</source>
      <translation>Село</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1427" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1439" />
      <source>— not in the file —</source>
      <translation>— нет в файле —</translation>
    </message>
  </context>
  <context>
    <name>MeasureModel</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="230" />
      <source>Carried forward from the previous period</source>
      <translation>Перенесено из предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="195" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="195" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="195" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="195" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="232" />
      <source>The measure's own deadline ({date}) has passed.</source>
      <translation>Срок самой меры ({date}) истёк.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="224" />
      <source>deadline passed</source>
      <translation>срок истёк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="222" />
      <source>{n} to fix</source>
      <translation>исправить: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="218" />
      <source>— not reported —</source>
      <translation>— нет отчёта —</translation>
    </message>
  </context>
  <context>
    <name>Municipality</name>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="23" />
      <source>A Kyrgyz СОАТЕ code starts with 417.</source>
      <translation>Код СОАТЕ Кыргызстана начинается с 417.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="183" />
      <source>Enter the municipality's name.</source>
      <translation>Введите название муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="17" />
      <source>The СОАТЕ code is required: 14 digits, starting with 417.</source>
      <translation>Код СОАТЕ обязателен: 14 цифр, начиная с 417.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="19" />
      <source>The СОАТЕ code must contain digits only.</source>
      <translation>Код СОАТЕ должен состоять только из цифр.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="21" />
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
    <name>ObjectDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="318" />
      <source>Address:</source>
      <translation>Адрес:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="333" />
      <source>Area or quantity:</source>
      <translation>Площадь или количество:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="204" />
      <source>Basis document date</source>
      <translation>Дата документа-основания</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="203" />
      <source>Basis document number</source>
      <translation>Номер документа-основания</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="335" />
      <source>Basis document:</source>
      <translation>Документ-основание:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="345" />
      <source>Book value, som:</source>
      <translation>Балансовая стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="321" />
      <source>Cadastral code (ЕНИ):</source>
      <translation>Кадастровый код (ЕНИ):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="314" />
      <source>Category:</source>
      <translation>Категория:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="347" />
      <source>Condition:</source>
      <translation>Состояние:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="216" />
      <source>Council decision</source>
      <translation>Решение кенеша</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="301" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="357" />
      <source>Fields of the category</source>
      <translation>Поля категории</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="319" />
      <source>GPS latitude:</source>
      <translation>GPS широта:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="320" />
      <source>GPS longitude:</source>
      <translation>GPS долгота:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="344" />
      <source>Initial value, som:</source>
      <translation>Первоначальная стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="362" />
      <source>Internal notes</source>
      <translation>Внутренние заметки</translation>
    </message>
    <message>
      <source>Internal notes:</source>
      <translation type="vanished">Служебные примечания:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="313" />
      <source>Inventory number:</source>
      <translation>Инвентарный номер:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="337" />
      <source>Its date:</source>
      <translation>Дата документа:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="336" />
      <source>Its number:</source>
      <translation>Номер документа:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="316" />
      <source>Name (Kyrgyz):</source>
      <translation>Наименование (кыргызское):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="315" />
      <source>Name (Russian):</source>
      <translation>Наименование (русское):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="305" />
      <source>Not published: left out of the public register</source>
      <translation>Не публикуются: в открытый реестр не попадают</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="189" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="217" />
      <source>Photos and documents</source>
      <translation>Фотографии и документы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="259" />
      <source>Property object</source>
      <translation>Объект имущества</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="354" />
      <source>Registered on:</source>
      <translation>Дата регистрации:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="346" />
      <source>Residual value, som:</source>
      <translation>Остаточная стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="331" />
      <source>Size and how it became municipal property</source>
      <translation>Размер и основание перехода в муниципальную собственность</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="350" />
      <source>State registration certificate:</source>
      <translation>Свидетельство о госрегистрации:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="218" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="311" />
      <source>The object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="200" />
      <source>Unit</source>
      <translation>Единица измерения</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="348" />
      <source>Use:</source>
      <translation>Использование:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="342" />
      <source>Value, condition and use</source>
      <translation>Стоимость, состояние и использование</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="317" />
      <source>Village:</source>
      <translation>Село:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="334" />
      <source>Year built or acquired:</source>
      <translation>Год постройки или приобретения:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="285" />
      <source>e.g. a decision of the local council</source>
      <translation>например, решение местного кенеша</translation>
    </message>
  </context>
  <context>
    <name>ObjectLeasesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1206" />
      <source>&amp;Add lease…</source>
      <translation>&amp;Добавить аренду…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1213" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1209" />
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1192" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1277" />
      <source>Lease</source>
      <translation>Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1254" />
      <source>Leases of {object}</source>
      <translation>Аренда объекта {object}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1191" />
      <source>Lessee</source>
      <translation>Арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1204" />
      <source>No leases yet. Press “Add lease…” to record one.</source>
      <translation>Договоров аренды пока нет. Чтобы внести договор, нажмите «Добавить аренду…».</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1194" />
      <source>Rent, som</source>
      <translation>Арендная плата, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1195" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1193" />
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1227" />
      <source>active</source>
      <translation>действует</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1228" />
      <source>ends within 60 days</source>
      <translation>истекает в течение 60 дней</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1229" />
      <source>expired</source>
      <translation>истекла</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1230" />
      <source>terminated</source>
      <translation>расторгнута</translation>
    </message>
  </context>
  <context>
    <name>Package</name>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="189" />
      <source>The package records this state, and the agency will see that the report is not approved.</source>
      <translation>Пакет записывает это состояние, и агентство увидит, что отчёт не утверждён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="179" />
      <source>The report for {period} is a draft: it is not marked complete, and the head has not approved it.</source>
      <translation>Отчёт за {period} — черновик: он не отмечен как готовый, и глава его не утвердил.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="170" />
      <source>The report for {period} is a draft: the checks still find {n} problem(s) to fix, and the head has not approved it.</source>
      <translation>Отчёт за {period} — черновик: проверка ещё находит замечаний, которые нужно исправить: {n}, и глава его не утвердил.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="163" />
      <source>The report for {period} is marked complete, but the head has not approved it.</source>
      <translation>Отчёт за {period} отмечен как готовый, но глава его не утвердил.</translation>
    </message>
  </context>
  <context>
    <name>PackageModel</name>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="122" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="121" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="123" />
      <source>Delivery</source>
      <translation>Доставка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="124" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="120" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="119" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="140" />
      <source>valid, signed</source>
      <translation>действителен, подписан</translation>
    </message>
  </context>
  <context>
    <name>PackagePage</name>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="157" />
      <source>&amp;Export package</source>
      <translation>&amp;Сформировать пакет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="159" />
      <source>&amp;Save a copy to USB…</source>
      <translation>Сохранить &amp;копию на флешку…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="272" />
      <source>Build anyway</source>
      <translation>Всё равно сформировать</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="267" />
      <source>Build the package anyway?</source>
      <translation>Сформировать пакет всё равно?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="254" />
      <source>Building the package…</source>
      <translation>Формирование пакета…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="182" />
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="197" />
      <source>No package yet. Choose the period and the language above and press “Export package”: the app builds the Excel and PDF reports, signs them and keeps the package here, ready for a USB stick or for sending.</source>
      <translation>Пакетов пока нет. Выберите период и язык вверху и нажмите «Сформировать пакет»: программа подготовит отчёты Excel и PDF, подпишет их и сохранит пакет здесь — для флешки или для отправки.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="160" />
      <source>Open the &amp;PDF</source>
      <translation>Открыть &amp;PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="316" />
      <source>Package</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="281" />
      <source>Package ready: {name}</source>
      <translation>Пакет готов: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="180" />
      <source>Period:</source>
      <translation>Период:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="161" />
      <source>Print pre&amp;view…</source>
      <translation>&amp;Предпросмотр и печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="305" />
      <source>Save the package to…</source>
      <translation>Сохранить пакет в…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="318" />
      <source>Saved and checked: {path}</source>
      <translation>Сохранено и проверено: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="162" />
      <source>Se&amp;nd now</source>
      <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="266" />
      <source>The report is not approved</source>
      <translation>Отчёт не утверждён</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="165" />
      <source>Upload address (leave empty to deliver by USB only)</source>
      <translation>Адрес для отправки (оставьте пустым, если доставка только на флешке)</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="85" />
      <source>Dashboard</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="91" />
      <source>Packages</source>
      <translation>Пакеты</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="77" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="80" />
      <source>Programme text</source>
      <translation>Текст программы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="88" />
      <source>Property</source>
      <translation>Имущество</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="83" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
  </context>
  <context>
    <name>Period</name>
    <message>
      <location filename="msu_desktop/services/labels.py" line="32" />
      <source>{half} half of {year}</source>
      <translation>{half} полугодие {year} г.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="41" />
      <source>{half}/{year}</source>
      <translation>{half}/{year}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="50" />
      <source>{title} ({years})</source>
      <translation>{title} ({years})</translation>
    </message>
  </context>
  <context>
    <name>PeriodModel</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="144" />
      <source>Approved by {name} on {date}</source>
      <translation>Утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="118" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="153" />
      <source>Overdue by {days} days</source>
      <translation>Просрочено на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="118" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="118" />
      <source>Reported</source>
      <translation>Отчитано</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="118" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="148" />
      <source>{days} days left until {date}</source>
      <translation>До {date} осталось дней: {days}</translation>
    </message>
  </context>
  <context>
    <name>PlanBrowser</name>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="181" />
      <source>All executors</source>
      <translation>Все исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="197" />
      <source>Any deadline</source>
      <translation>Любой срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="339" />
      <source>Deadline</source>
      <translation>Срок реализации</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="198" />
      <source>Deadline passed</source>
      <translation>Срок истёк</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="327" />
      <source>Directions: {d}, tasks: {t}, measures: {m}</source>
      <translation>Направлений: {d}, задач: {t}, мер: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="367" />
      <source>Discrepancy between the texts</source>
      <translation>Расхождение текстов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="200" />
      <source>Due later</source>
      <translation>Срок позже</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="199" />
      <source>Due this year</source>
      <translation>Срок в этом году</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="342" />
      <source>Executor notes</source>
      <translation>Примечания к исполнителям</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="340" />
      <source>Expected result</source>
      <translation>Ожидаемый результат</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="343" />
      <source>Funding sources</source>
      <translation>Источники финансирования</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="319" />
      <source>In the Programme (Annex 1)</source>
      <translation>В Программе (приложение 1)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="352" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="368" />
      <source>Kyrgyz: {ky}; Russian: {ru}</source>
      <translation>по-кыргызски: {ky}; по-русски: {ru}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="345" />
      <source>Local self-government bodies take part</source>
      <translation>С участием органов МСУ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="296" />
      <source>Measures: {n}</source>
      <translation>Мер: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="341" />
      <source>Responsible executors</source>
      <translation>Ответственные исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="177" />
      <source>Search measures, results, executors…</source>
      <translation>Поиск по мерам, результатам, исполнителям…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="304" />
      <source>Tasks: {t}, measures: {m}</source>
      <translation>Задач: {t}, мер: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="346" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="346" />
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>PlanImport</name>
    <message>
      <source>A new programme plan (version {v}).</source>
      <translation type="vanished">Новый план программы (версия {v}).</translation>
    </message>
    <message>
      <source>A new programme: {title} ({plan}, version {v}): {d} directions, {t} tasks, {m} measures; reporting periods {first} … {last}.</source>
      <translation type="vanished">Новая программа: {title} ({plan}, версия {v}): направлений — {d}, задач — {t}, мер — {m}; отчётные периоды {first} … {last}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="49" />
      <source>A new programme: {title}, version {v}, with reports from {first} to {last}: {d} directions, {t} tasks, {m} measures.</source>
      <translation>Новая программа: {title}, версия {v}, отчёты: {first} — {last}; направлений — {d}, задач — {t}, мер — {m}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="100" />
      <source>Deadline of {code}: {old} → {new}</source>
      <translation>Срок меры {code}: {old} → {new}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="111" />
      <source>Executors of {code}: {old} → {new}</source>
      <translation>Исполнители меры {code}: {old} → {new}</translation>
    </message>
    <message>
      <source>It becomes the programme the app works on. {title} ({plan}) stays installed with all its reports: File → Programme switches between them.</source>
      <translation type="vanished">Работа пойдёт по ней. {title} ({plan}) остаётся установленной со всеми отчётами: переключаться между ними — Файл → Программа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="65" />
      <source>It becomes the programme the app works on. {title} stays installed with all its reports: File → Programme switches between them.</source>
      <translation>Работа пойдёт по ней. {title} остаётся установленной со всеми отчётами: переключаться между ними — Файл → Программа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="86" />
      <source>Measure added: {code}</source>
      <translation>Добавлена мера: {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="89" />
      <source>Measure removed: {code} (its reports are kept, read-only, and still exported)</source>
      <translation>Исключена мера: {code} (отчёты по ней сохраняются только для чтения и по-прежнему выгружаются)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="97" />
      <source>Measure renamed: {code}</source>
      <translation>Переименована мера: {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="169" />
      <source>Merged into your municipality: {names}.</source>
      <translation>Присоединены к вашему муниципалитету: {names}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="142" />
      <source>Municipality directory: {n} entries.</source>
      <translation>Справочник муниципалитетов: записей — {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="132" />
      <source>No change to measures, deadlines, executors or periods.</source>
      <translation>Меры, сроки, исполнители и периоды не изменились.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="77" />
      <source>Plan version {old} → {new}.</source>
      <translation>Версия плана {old} → {new}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="122" />
      <source>Reporting periods added: {periods}</source>
      <translation>Добавлены отчётные периоды: {periods}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="164" />
      <source>Your municipality is marked as abolished in the new directory.</source>
      <translation>В новом справочнике ваш муниципалитет отмечен как упразднённый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="155" />
      <source>Your municipality is merged into {name} ({code}).</source>
      <translation>Ваш муниципалитет присоединён к {name} ({code}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="150" />
      <source>Your СОАТЕ code {code} is not in the new directory.</source>
      <translation>Вашего кода СОАТЕ {code} нет в новом справочнике.</translation>
    </message>
  </context>
  <context>
    <name>PlanImportWizard</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="128" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="122" />
      <source>Import a plan package</source>
      <translation>Импорт пакета плана</translation>
    </message>
    <message>
      <source>Installed plan {plan}, version {version}. Backup: {backup}</source>
      <translation type="vanished">Установлен план {plan}, версия {version}. Резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="162" />
      <source>Installed: {programme}, version {version}. Backup: {backup}</source>
      <translation>Установлено: {programme}, версия {version}. Резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="143" />
      <source>Installing the plan…</source>
      <translation>Установка плана…</translation>
    </message>
  </context>
  <context>
    <name>PlanTreeModel</name>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="42" />
      <source>Code</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="55" />
      <source>The Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="42" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeView</name>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="51" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="103" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="102" />
      <source>Programme.pdf</source>
      <translation>Программа.pdf</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="53" />
      <source>Save as &amp;PDF…</source>
      <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="112" />
      <source>Save the programme as PDF</source>
      <translation>Сохранить программу в PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="71" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Текст программы для этого плана недоступен.</translation>
    </message>
  </context>
  <context>
    <name>Property</name>
    <message>
      <location filename="msu_desktop/domain/property.py" line="28" />
      <source>Not a cadastral code (ЕНИ) of the form 1-02-03-0004-0005.</source>
      <translation>Это не кадастровый код (ЕНИ) вида 1-02-03-0004-0005.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="241" />
      <source>decision No. {n} of {d}</source>
      <translation>решение № {n} от {d}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="306" />
      <source>import</source>
      <translation>импорт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_service.py" line="129" />
      <source>object added</source>
      <translation>объект добавлен</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="140" />
      <source>private person</source>
      <translation>физическое лицо</translation>
    </message>
  </context>
  <context>
    <name>PropertyExport</name>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="38" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="139" />
      <source>Area</source>
      <translation>Площадь</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="40" />
      <source>Area or quantity</source>
      <translation>Площадь или количество</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="140" />
      <source>Book value, som</source>
      <translation>Балансовая стоимость, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="132" />
      <source>By category</source>
      <translation>По категориям</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="133" />
      <source>By use</source>
      <translation>По использованию</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="39" />
      <source>Cadastral code (ЕНИ)</source>
      <translation>Кадастровый код (ЕНИ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="36" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="45" />
      <source>Condition</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="34" />
      <source>Inventory number</source>
      <translation>Инвентарный номер</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="47" />
      <source>Lessee</source>
      <translation>Арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="35" />
      <source>Name</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="50" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="138" />
      <source>Objects</source>
      <translation>Объектов</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="67" />
      <source>Register</source>
      <translation>Реестр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="66" />
      <source>Register of municipal property</source>
      <translation>Реестр муниципального имущества</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="64" />
      <source>Register of municipal property (public version)</source>
      <translation>Реестр муниципального имущества (публичная версия)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="62" />
      <source>Register of municipal property (template)</source>
      <translation>Реестр муниципального имущества (шаблон)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="152" />
      <source>Rent income by year, som</source>
      <translation>Доходы от аренды по годам, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="44" />
      <source>Residual value, som</source>
      <translation>Остаточная стоимость, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="128" />
      <source>Summary</source>
      <translation>Итоги</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="41" />
      <source>Unit</source>
      <translation>Ед. изм.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="46" />
      <source>Use</source>
      <translation>Использование</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="37" />
      <source>Village</source>
      <translation>Село</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_export.py" line="42" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
  </context>
  <context>
    <name>PropertyImport</name>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="275" />
      <source>duplicate inventory number {number} (also in row {row})</source>
      <translation>повторяющийся инвентарный номер {number} (есть и в строке {row})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="200" />
      <source>the name is missing</source>
      <translation>нет наименования</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="261" />
      <source>unknown condition ({value})</source>
      <translation>неизвестное состояние ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="240" />
      <source>unreadable year or date ({value})</source>
      <translation>не читается год или дата ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="232" />
      <source>{column}: negative</source>
      <translation>{column}: отрицательное значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property_import.py" line="222" />
      <source>{column}: not a number ({value})</source>
      <translation>{column}: не число ({value})</translation>
    </message>
  </context>
  <context>
    <name>PropertyPage</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="672" />
      <source>&amp;Add object…</source>
      <translation>&amp;Добавить объект…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="987" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="673" />
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="679" />
      <source>&amp;History</source>
      <translation>&amp;История</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="681" />
      <source>&amp;Import from Excel…</source>
      <translation>Импорт из &amp;Excel…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="674" />
      <source>&amp;Lease…</source>
      <translation>&amp;Аренда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="680" />
      <source>&amp;Photos and documents…</source>
      <translation>&amp;Фото и документы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="676" />
      <source>&amp;Revalue…</source>
      <translation>&amp;Переоценка…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="678" />
      <source>&amp;Write off…</source>
      <translation>&amp;Списать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="645" />
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="675" />
      <source>All lea&amp;ses</source>
      <translation>Вся &amp;аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="742" />
      <source>All villages</source>
      <translation>Все сёла</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="647" />
      <source>Any condition</source>
      <translation>Любое состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="646" />
      <source>Any use</source>
      <translation>Любое использование</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="877" />
      <source>Basis</source>
      <translation>Основание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="677" />
      <source>Council &amp;decision…</source>
      <translation>Решение &amp;кенеша…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1010" />
      <source>Council decision</source>
      <translation>Решение кенеша</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="682" />
      <source>E&amp;xport…</source>
      <translation>&amp;Выгрузка…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1085" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1102" />
      <source>Export</source>
      <translation>Выгрузка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1093" />
      <source>Export the public version (private lessees hidden, internal notes left out)?</source>
      <translation>Выгрузить публичную версию (физические лица-арендаторы скрыты, служебные примечания не включаются)?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1104" />
      <source>Export the register</source>
      <translation>Выгрузить реестр</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="874" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="948" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="867" />
      <source>History of the object</source>
      <translation>История объекта</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1064" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1041" />
      <source>Import a register</source>
      <translation>Импорт реестра</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1068" />
      <source>Import the accepted rows?</source>
      <translation>Импортировать принятые строки?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="945" />
      <source>Inv. No.</source>
      <translation>Инв. №</translation>
    </message>
    <message>
      <source>Lease</source>
      <translation type="vanished">Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="940" />
      <source>Leases</source>
      <translation>Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="753" />
      <source>Leases ending within 60 days: {soon}; expired: {expired}.</source>
      <translation>Аренда истекает в ближайшие 60 дней: {soon}; истекла: {expired}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="947" />
      <source>Lessee</source>
      <translation>Арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="876" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="946" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="794" />
      <source>Object added: {number} {name}</source>
      <translation>Объект добавлен: {number} {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="875" />
      <source>Old value</source>
      <translation>Прежнее значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1080" />
      <source>Property register — {name}.xlsx</source>
      <translation>Реестр имущества — {name}.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1082" />
      <source>Property register.xlsx</source>
      <translation>Реестр имущества.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="984" />
      <source>Rent income by year, som: {text}</source>
      <translation>Доходы от аренды по годам, сом: {text}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="950" />
      <source>Rent, som</source>
      <translation>Арендная плата, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1029" />
      <source>Revaluation</source>
      <translation>Переоценка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1056" />
      <source>Row {row}: {reason}</source>
      <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="642" />
      <source>Search: number, name, address, ЕНИ…</source>
      <translation>Поиск: номер, наименование, адрес, ЕНИ…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="835" />
      <source>Select an object first.</source>
      <translation>Сначала выберите объект.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="649" />
      <source>Show written off and sold</source>
      <translation>Показывать списанные и проданные</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="774" />
      <source>Shown: {count} objects · area {area} · book value {value} som</source>
      <translation>Показано объектов: {count} · площадь {area} · балансовая стоимость {value} сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="951" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="659" />
      <source>The register is empty. Press “Add object…” to enter a building, a plot of land or other property, or “Import from Excel…” to bring in the register you keep in Excel.</source>
      <translation>Реестр пуст. Нажмите «Добавить объект…», чтобы внести здание, земельный участок или другое имущество, или «Импорт из Excel…», чтобы перенести реестр, который вы ведёте в Excel.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="949" />
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="872" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="873" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="858" />
      <source>Write off</source>
      <translation>Списание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="933" />
      <source>active</source>
      <translation>действует</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="934" />
      <source>ends within 60 days</source>
      <translation>истекает в течение 60 дней</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="935" />
      <source>expired</source>
      <translation>истекла</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="936" />
      <source>terminated</source>
      <translation>расторгнута</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1059" />
      <source>{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected.</source>
      <translation>Новых объектов: {new}, уже в реестре: {matched} (обновлены, не дублируются), отклонено строк: {bad}.</translation>
    </message>
  </context>
  <context>
    <name>PropertyTableModel</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="104" />
      <source>Area / qty</source>
      <translation>Площадь / кол-во</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="105" />
      <source>Book value, som</source>
      <translation>Балансовая стоимость, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="102" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="106" />
      <source>Condition</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="100" />
      <source>Inv. No.</source>
      <translation>Инв. №</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="101" />
      <source>Name</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="107" />
      <source>Use</source>
      <translation>Использование</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="103" />
      <source>Village</source>
      <translation>Село</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Approved (locked)</source>
      <translation type="vanished">Утверждён (заблокирован)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="91" />
      <source>Approved by {name} on {date}</source>
      <translation>Утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="63" />
      <source>Approved, locked</source>
      <translation>Утверждён, заблокирован</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="75" />
      <source>Archive (the programme has ended)</source>
      <translation>Архив (программа закончилась)</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="145" />
      <source>Attached file</source>
      <translation>Прикреплённый файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="141" />
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="86" />
      <source>Carried forward from {period}</source>
      <translation>Перенесено из {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="84" />
      <source>Changed after it was marked complete</source>
      <translation>Изменено после отметки о готовности</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="150" />
      <source>Comment on «{field}»</source>
      <translation>Комментарий к «{field}»</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="143" />
      <source>Comments</source>
      <translation>Комментарии</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="62" />
      <source>Complete</source>
      <translation>Готов</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="72" />
      <source>Current</source>
      <translation>Текущий</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="61" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="73" />
      <source>Due soon</source>
      <translation>Срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="100" />
      <source>Enter the name of the head who approves the report.</source>
      <translation>Введите имя главы, утверждающего отчёт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="123" />
      <source>Give the reason for unlocking the approved report.</source>
      <translation>Укажите причину разблокировки утверждённого отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="108" />
      <source>Mark the report for {period} complete before it is approved.</source>
      <translation>Перед утверждением отметьте отчёт за {period} как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="147" />
      <source>Measure included in the report</source>
      <translation>Мера включена в отчёт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="91" />
      <source>Measure {code} involves local self-government and must be reported.</source>
      <translation>Мера {code} выполняется с участием органов МСУ, отчёт по ней обязателен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="71" />
      <source>Not started yet</source>
      <translation>Ещё не начался</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="74" />
      <source>Overdue</source>
      <translation>Просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="76" />
      <source>Submitted</source>
      <translation>Сдан</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/comments.py" line="34" />
      <source>The comment is empty.</source>
      <translation>Комментарий пуст.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="59" />
      <source>The plan has no measure {code}.</source>
      <translation>В плане нет меры {code}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/periods.py" line="59" />
      <source>The plan has no reporting period {period}.</source>
      <translation>В плане нет отчётного периода {period}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="72" />
      <source>The report for {period} cannot be marked complete: {count} problem(s) in {measures} measure(s), first in measure {first}.</source>
      <translation>Отчёт за {period} нельзя отметить как готовый: ошибок — {count}, в мерах — {measures}, первая — в мере {first}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/periods.py" line="126" />
      <source>The report for {period} is approved and locked. Unlock it (with a reason) to change it.</source>
      <translation>Отчёт за {period} утверждён и заблокирован. Чтобы изменить его, разблокируйте (с указанием причины).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="129" />
      <source>The report for {period} is not approved, so it is not locked.</source>
      <translation>Отчёт за {period} не утверждён, поэтому он не заблокирован.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="143" />
      <source>The report has no field {field}.</source>
      <translation>В отчёте нет поля {field}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/rules.py" line="45" />
      <source>There are no report rules for the plan {plan}.</source>
      <translation>Для плана {plan} нет правил отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="147" />
      <source>Unknown status {status}.</source>
      <translation>Неизвестный статус {status}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/carry.py" line="33" />
      <source>{period} is the first period of the plan; there is nothing to carry forward.</source>
      <translation>{period} — первый период плана; переносить нечего.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="669" />
      <source>&amp;Attach files…</source>
      <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="703" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="700" />
      <source>A&amp;pprove…</source>
      <translation>&amp;Утвердить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="710" />
      <source>Also report on measures that local self-government does not take part in</source>
      <translation>Отчитаться также по мерам без участия органов МСУ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="783" />
      <source>Approved, locked</source>
      <translation>Утверждён, заблокирован</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1196" />
      <source>Attach documents and photos</source>
      <translation>Прикрепить документы и фотографии</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1216" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="694" />
      <source>Check</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1065" />
      <source>Comment added.</source>
      <translation>Комментарий добавлен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1056" />
      <source>Comments: {what}</source>
      <translation>Комментарии: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="782" />
      <source>Complete</source>
      <translation>Готов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1216" />
      <source>Copying files…</source>
      <translation>Копирование файлов…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1198" />
      <source>Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)</source>
      <translation>Документы и фотографии (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="681" />
      <source>Documents and photos:</source>
      <translation>Документы и фотографии:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="781" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1238" />
      <source>Files attached.</source>
      <translation>Файлы прикреплены.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1041" />
      <source>History: {what}</source>
      <translation>История: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="697" />
      <source>Mark &amp;complete</source>
      <translation>Отметить как &amp;готовый</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1010" />
      <source>Measure {code} added to the report.</source>
      <translation>Мера {code} добавлена в отчёт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1012" />
      <source>Measure {code} removed from the report.</source>
      <translation>Мера {code} исключена из отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1109" />
      <source>No problems found: the report can be marked complete.</source>
      <translation>Ошибок не найдено: отчёт можно отметить как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="852" />
      <source>Nothing is reported for {period} yet. Choose a measure in the list and fill in its status and what was done, or press “Start from previous period” to begin from the last report.</source>
      <translation>За {period} пока ничего не заполнено. Выберите меру в списке и заполните её статус и что сделано, или нажмите «Начать с предыдущего периода», чтобы начать с прошлого отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="708" />
      <source>Other measures</source>
      <translation>Другие меры</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="725" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="672" />
      <source>Remove file</source>
      <translation>Удалить файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="985" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="691" />
      <source>Start from previous period</source>
      <translation>Начать с предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1212" />
      <source>The file {path} was not found.</source>
      <translation>Файл {path} не найден.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="797" />
      <source>The programme has ended: this report is an archive. It can still be completed; it is no longer overdue.</source>
      <translation>Программа закончилась: этот отчёт — архив. Его ещё можно дополнить; просроченным он больше не считается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1145" />
      <source>The report is approved and locked.</source>
      <translation>Отчёт утверждён и заблокирован.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1131" />
      <source>The report is marked complete. The head can approve it now.</source>
      <translation>Отчёт отмечен как готовый. Теперь глава может его утвердить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1162" />
      <source>The report is unlocked; the reason is in the history.</source>
      <translation>Отчёт разблокирован; причина записана в историю.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="718" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="917" />
      <source>approved by {name} on {date}</source>
      <translation>утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="792" />
      <source>archive</source>
      <translation>архив</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="923" />
      <source>archive: the programme has ended</source>
      <translation>архив: программа закончилась</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="789" />
      <source>current</source>
      <translation>текущий</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="790" />
      <source>due soon</source>
      <translation>срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="788" />
      <source>not started yet</source>
      <translation>ещё не начался</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="791" />
      <source>overdue</source>
      <translation>просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="925" />
      <source>overdue by {days} days</source>
      <translation>просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="793" />
      <source>submitted</source>
      <translation>сдан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="921" />
      <source>{days} days left</source>
      <translation>осталось дней: {days}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1114" />
      <source>{n} problem(s) in {m} measure(s). The first is shown.</source>
      <translation>Ошибок: {n}, в мерах: {m}. Показана первая.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="1101" />
      <source>{n} values carried forward from the previous period.</source>
      <translation>Перенесено значений из предыдущего периода: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_page.py" line="913" />
      <source>{period}: {state}. Due {date}</source>
      <translation>{period}: {state}. Срок {date}</translation>
    </message>
  </context>
  <context>
    <name>ReportRules</name>
    <message>
      <location filename="msu_desktop/domain/report.py" line="386" />
      <source>At most {n} digits after the decimal point (soms and tyiyns).</source>
      <translation>Не более {n} знаков после запятой (сомы и тыйыны).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="375" />
      <source>Cannot be negative.</source>
      <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="405" />
      <source>Ends before it starts.</source>
      <translation>Окончание раньше начала.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="370" />
      <source>Enter a whole number.</source>
      <translation>Введите целое число.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="354" />
      <source>Give at least one of: {fields}.</source>
      <translation>Заполните хотя бы одно из: {fields}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="413" />
      <source>Is after the end of the period ({date}).</source>
      <translation>Позже конца периода ({date}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="515" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Это не дата: {value} (формат ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="558" />
      <source>Not a number: {value}</source>
      <translation>Это не число: {value}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="425" />
      <source>Not one of the offered choices.</source>
      <translation>Значения нет среди предложенных вариантов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="341" />
      <source>Required when the status is {status}.</source>
      <translation>Обязательно при статусе «{status}».</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="348" />
      <source>Required.</source>
      <translation>Обязательное поле.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="433" />
      <source>Too long: at most {n} characters.</source>
      <translation>Слишком длинно: не более {n} символов.</translation>
    </message>
  </context>
  <context>
    <name>RevaluationDialog</name>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1484" />
      <source>Basis (act, order):</source>
      <translation>Основание (акт, приказ):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1481" />
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1482" />
      <source>New book value, som:</source>
      <translation>Новая балансовая стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1483" />
      <source>Residual value, som:</source>
      <translation>Остаточная стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property_page.py" line="1472" />
      <source>Revaluation</source>
      <translation>Переоценка</translation>
    </message>
  </context>
  <context>
    <name>SaveDialogs</name>
    <message>
      <location filename="msu_desktop/gui/save_dialogs.py" line="59" />
      <source>Open &amp;folder</source>
      <translation>Открыть &amp;папку</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/save_dialogs.py" line="51" />
      <source>Saved: {name}
Folder: {folder}</source>
      <translation>Сохранено: {name}
Папка: {folder}</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="msu_desktop/gui/app.py" line="125" />
      <source>Restore the latest good backup from {date}?</source>
      <translation>Восстановить последнюю исправную резервную копию от {date}?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/app.py" line="113" />
      <source>There is no good backup in {path}. If you have a backup on a USB stick, restore it with: msu-desktop restore FILE</source>
      <translation>В {path} нет исправной резервной копии. Если копия есть на флешке, восстановите её командой: msu-desktop restore ФАЙЛ</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="msu_desktop/gui/workers.py" line="57" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="121" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="106" />
      <source>Unlock the report for {period}</source>
      <translation>Разблокировать отчёт за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report_dialogs.py" line="113" />
      <source>Why must the approved report be changed?</source>
      <translation>Почему нужно изменить утверждённый отчёт?</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="48" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="50" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="80" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="53" />
      <source>Save as &amp;PDF…</source>
      <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="78" />
      <source>Save the user guide as PDF</source>
      <translation>Сохранить руководство как PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="85" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="37" />
      <source>User guide</source>
      <translation>Руководство пользователя</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="79" />
      <source>User guide.pdf</source>
      <translation>Руководство пользователя.pdf</translation>
    </message>
  </context>
</TS>
