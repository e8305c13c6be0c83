<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>ActionPlan</name>
    <message>
      <location filename="msu_agency/action_plan.py" line="61" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="63" />
      <source>Executors</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="62" />
      <source>Expected result and indicators</source>
      <translation>Ожидаемый результат и индикаторы</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="64" />
      <source>Funding</source>
      <translation>Финансирование</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="60" />
      <source>Measure</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="550" />
      <source>Reporting periods and deadlines:</source>
      <translation>Отчётные периоды и сроки:</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="570" />
      <source>Setting</source>
      <translation>Параметр</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="88" />
      <source>Sheet {sheet}, row {row}, column {column}</source>
      <translation>Лист {sheet}, строка {row}, столбец {column}</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="576" />
      <source>a moved deadline (optional)</source>
      <translation>перенесённый срок (необязательно)</translation>
    </message>
  </context>
  <context>
    <name>Agency</name>
    <message>
      <location filename="msu_agency/report.py" line="102" />
      <source>Agency: {name}</source>
      <translation>Агентство: {name}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="219" />
      <source>By measure</source>
      <translation>По мерам</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="202" />
      <source>By oblast and rayon</source>
      <translation>По областям и районам</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="491" />
      <source>Completed</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="480" />
      <source>Consolidated report for {period}: {n} municipalities</source>
      <translation>Сводный отчёт за {period}: муниципалитетов — {n}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="327" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="101" />
      <source>Date: {date}</source>
      <translation>Дата: {date}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="449" />
      <source>Due date: {date} (from the plan). Late = received by the agency after the due date, Bishkek time (inbox receipt, or the day the stick was received); the office's own clock is not used.</source>
      <translation>Срок: {date} (по плану). Опоздание = агентство получило пакет после срока, по времени Бишкека (квитанция приёмного ящика или день получения флешки); часы самого офиса не учитываются.</translation>
    </message>
    <message>
      <source>Due date: {date}. Late = package created after the due date (Bishkek time), as signed by the municipality.</source>
      <translation type="vanished">Срок: {date}. «С опозданием» — пакет создан после срока (по времени Бишкека), по подписанным данным муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="368" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="103" />
      <source>Head of the agency: ____________________ (signature, name)</source>
      <translation>Руководитель агентства: ____________________ (подпись, Ф. И. О.)</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="492" />
      <source>In progress</source>
      <translation>В процессе</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="330" />
      <source>Key fingerprint</source>
      <translation>Отпечаток ключа</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="373" />
      <source>Key that signed the package</source>
      <translation>Ключ, подписавший пакет</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="329" />
      <source>Late</source>
      <translation>С опозданием</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="489" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="293" />
      <source>Measures completed</source>
      <translation>Выполнено мер</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="292" />
      <source>Measures reported</source>
      <translation>Отчитано мер</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="207" />
      <source>Missing and late</source>
      <translation>Не сдали и опоздали</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="493" />
      <source>Money, som</source>
      <translation>Средства, сом</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="291" />
      <source>Municipalities</source>
      <translation>Муниципалитеты</translation>
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
      <translation>Не вошли в свод: отклонено {rejected}, ожидают подтверждения ключа {awaiting} (см. лист «{sheet}»).</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="412" />
      <source>Oblast</source>
      <translation>Область</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="494" />
      <source>Of them not approved by the head</source>
      <translation>Из них не утверждено главой</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="370" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="104" />
      <source>Prepared by: ____________________ (signature, name)</source>
      <translation>Подготовил: ____________________ (подпись, Ф. И. О.)</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="413" />
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="411" />
      <source>Rayon</source>
      <translation>Район</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="372" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="328" />
      <source>Received by the agency</source>
      <translation>Получено агентством</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="374" />
      <source>Registered or other key</source>
      <translation>Зарегистрированный или другой ключ</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="233" />
      <source>Rejected</source>
      <translation>Отклонённые</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="490" />
      <source>Reported</source>
      <translation>Отчитались</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="612" />
      <source>Reports of former municipalities, under their successor:</source>
      <translation>Отчёты бывших муниципалитетов, под их правопреемником:</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="326" />
      <source>Sequence</source>
      <translation>Номер</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="414" />
      <source>Since the merger</source>
      <translation>После объединения</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="515" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="371" />
      <source>Verdict</source>
      <translation>Решение</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="380" />
      <source>awaiting key confirmation</source>
      <translation>ожидает подтверждения ключа</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="651" />
      <source>former {name} ({code}), part of {successor} ({successor_code}) since {date}</source>
      <translation>бывший {name} ({code}), с {date} в составе {successor} ({successor_code})</translation>
    </message>
    <message>
      <source>late: created {date}</source>
      <translation type="vanished">с опозданием: создан {date}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="594" />
      <source>late: received {date}</source>
      <translation>опоздание: получено {date}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="430" />
      <source>no package</source>
      <translation>нет пакета</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="87" />
      <source>not approved by the head: {n}</source>
      <translation>не утверждено главой: {n}</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="382" />
      <source>rejected</source>
      <translation>отклонён</translation>
    </message>
    <message>
      <location filename="msu_agency/report.py" line="348" />
      <source>yes</source>
      <translation>да</translation>
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
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="230" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="227" />
      <source>Inv. No.</source>
      <translation>Инв. №</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="222" />
      <source>Leases</source>
      <translation>Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="229" />
      <source>Lessee</source>
      <translation>Арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="228" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="266" />
      <source>Rent income by year, som: {text}</source>
      <translation>Доходы от аренды по годам, сом: {text}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="232" />
      <source>Rent, som</source>
      <translation>Арендная плата, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="233" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="231" />
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="215" />
      <source>active</source>
      <translation>действует</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="216" />
      <source>ends within 60 days</source>
      <translation>истекает в течение 60 дней</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="217" />
      <source>expired</source>
      <translation>истекла</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="218" />
      <source>terminated</source>
      <translation>расторгнута</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="63" />
      <source>Approve</source>
      <translation>Утвердить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="52" />
      <source>Approve the report for {period}</source>
      <translation>Утверждение отчёта за {period}</translation>
    </message>
    <message>
      <source>Date of approval:</source>
      <translation>Дата утверждения:</translation>
    </message>
    <message>
      <source>Head of the aiyl okmotu:</source>
      <translation>Глава айыл окмоту:</translation>
    </message>
    <message>
      <source>Once approved, the report is locked. It can be unlocked later only with a recorded reason.</source>
      <translation>После утверждения отчёт блокируется. Разблокировать его можно только с указанием причины.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="92" />
      <source>Cancelled; nothing was attached.</source>
      <translation>Отменено; ничего не прикреплено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="68" />
      <source>Cannot read {path} (was the USB stick removed?): {detail}</source>
      <translation>Не удаётся прочитать {path} (флешку извлекли?): {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="84" />
      <source>Reading {path} failed (was the USB stick removed?). Nothing was attached.</source>
      <translation>Не удалось прочитать {path} (флешку извлекли?). Ничего не прикреплено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/file_store.py" line="64" />
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
      <location filename="msu_desktop/services/file_store.py" line="97" />
      <source>{path} is larger than {mb} MB; attach a smaller file.</source>
      <translation>{path} больше {mb} МБ; прикрепите файл меньшего размера.</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="msu_agency/cli/keys.py" line="321" />
      <source>    registered for {other}: confirming moves the key to {soate}</source>
      <translation>зарегистрирован для {other}: подтверждение перенесёт ключ на {soate}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="204" />
      <source>  KEY CHANGED for {soate}: {old} -&gt; {new} ({name})</source>
      <translation>КЛЮЧ ИЗМЕНИЛСЯ у {soate}: {old} -&gt; {new} ({name})</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="215" />
      <source>  KEY CONFLICT for {soate}: {fingerprints}; none was registered.</source>
      <translation>КОНФЛИКТ КЛЮЧЕЙ у {soate}: {fingerprints}; ни один не зарегистрирован.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="70" />
      <source>%n attached file(s)</source>
      <translation>
        <numerusform>%n прикреплённый файл</numerusform>
        <numerusform>%n прикреплённых файла</numerusform>
        <numerusform>%n прикреплённых файлов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="118" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>остался %n день</numerusform>
        <numerusform>осталось %n дня</numerusform>
        <numerusform>осталось %n дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/collect.py" line="241" />
      <source>%n demo package(s) written to {path}</source>
      <translation>
        <numerusform>%n демонстрационный пакет записан в {path}</numerusform>
        <numerusform>%n демонстрационных пакета записаны в {path}</numerusform>
        <numerusform>%n демонстрационных пакетов записано в {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/directory.py" line="47" />
      <source>%n municipality(ies) in the directory.</source>
      <translation>
        <numerusform>В справочнике %n муниципалитет.</numerusform>
        <numerusform>В справочнике %n муниципалитета.</numerusform>
        <numerusform>В справочнике %n муниципалитетов.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/collect.py" line="224" />
      <source>%n package(s) await the confirmation of a key: msu-agency keys confirm SOATE FINGERPRINT, once the stamped paper has arrived.</source>
      <translation>
        <numerusform>%n пакет ожидает подтверждения ключа: msu-agency keys confirm SOATE FINGERPRINT, когда придёт заверенный печатью документ.</numerusform>
        <numerusform>%n пакета ожидают подтверждения ключа: msu-agency keys confirm SOATE FINGERPRINT, когда придёт заверенный печатью документ.</numerusform>
        <numerusform>%n пакетов ожидают подтверждения ключа: msu-agency keys confirm SOATE FINGERPRINT, когда придёт заверенный печатью документ.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="140" />
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n ошибка</numerusform>
        <numerusform>%n ошибки</numerusform>
        <numerusform>%n ошибок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/plan.py" line="94" />
      <source>%n problem(s); nothing was signed.</source>
      <translation>
        <numerusform>%n проблема; ничего не подписано.</numerusform>
        <numerusform>%n проблемы; ничего не подписано.</numerusform>
        <numerusform>%n проблем; ничего не подписано.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/directory.py" line="101" />
      <source>%n record(s) written to {path} ({mergers} merger row(s)).</source>
      <translation>
        <numerusform>%n запись записана в {path} (строк слияний: {mergers}).</numerusform>
        <numerusform>%n записи записаны в {path} (строк слияний: {mergers}).</numerusform>
        <numerusform>%n записей записано в {path} (строк слияний: {mergers}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="186" />
      <source>%n value(s) carried forward into {period}.</source>
      <translation>
        <numerusform>В {period} перенесено %n значение.</numerusform>
        <numerusform>В {period} перенесено %n значения.</numerusform>
        <numerusform>В {period} перенесено %n значений.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="137" />
      <source>(not reported)</source>
      <translation>(нет отчёта)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="643" />
      <source>A register file does not carry, so this import does not bring: {what}.</source>
      <translation>Файл реестра не содержит, поэтому этот импорт не переносит: {what}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="103" />
      <source>Against the installed version</source>
      <translation>По сравнению с установленной версией</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="244" />
      <source>By direction ({period}):</source>
      <translation>По направлениям ({period}):</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="632" />
      <source>Columns not imported (keep them in the notes with --keep-in-notes): {columns}</source>
      <translation>Столбцы, которые не импортируются (их можно сохранить в примечании: --keep-in-notes): {columns}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="48" />
      <source>Create the agency's signing key, the inbox's receipts key (announced by a rotation the signing key signs), the first staff account and the agency's configuration, which every later command reads.</source>
      <translation>Создаёт ключ подписи агентства, ключ квитанций приёмного ящика (объявленный документом о смене ключа, подписанным ключом подписи), первую учётную запись сотрудника и настройки агентства, которые читают все последующие команды.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="84" />
      <source>DAMAGED</source>
      <translation>ПОВРЕЖДЕНА</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="82" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="75" />
      <source>Directory version {version} installed.</source>
      <translation>Справочник версии {version} установлен.</translation>
    </message>
    <message>
      <source>Done: {name}, reports for {count} periods, {files} attached files.</source>
      <translation type="vanished">Готово: {name}, отчёты за {count} периодов, прикреплённых файлов: {files}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="65" />
      <source>Done: {name}, {periods}, {files}.</source>
      <translation>Готово: {name}, {periods}, {files}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="55" />
      <source>Dry run: nothing was changed.</source>
      <translation>Пробный прогон: ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="71" />
      <source>Dry run: nothing was installed.</source>
      <translation>Пробный прогон: ничего не установлено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="99" />
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
      <location filename="msu_desktop/cli/report.py" line="60" />
      <source>Filling {path} with demo data…</source>
      <translation>Заполнение {path} демонстрационными данными…</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="148" />
      <source>Fingerprint (print it on the letter to the municipalities): {fp}</source>
      <translation>Отпечаток (напечатайте его в письме муниципалитетам): {fp}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="85" />
      <source>Funding</source>
      <translation>Финансирование</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="85" />
      <source>INVALID: {reason}</source>
      <translation>НЕДЕЙСТВИТЕЛЕН: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="110" />
      <source>Imported: {added} added, {updated} updated, {bad} rejected.</source>
      <translation>Импортировано: добавлено — {added}, обновлено — {updated}, отклонено — {bad}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="240" />
      <source>Inbox receipts key fingerprint: {fp}</source>
      <translation>Отпечаток ключа квитанций приёмного ящика: {fp}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="55" />
      <source>Installed plan {plan} version {version}. A backup was made first: {backup}</source>
      <translation>Установлен план {plan}, версия {version}. Перед этим сделана резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="191" />
      <source>Interrupted.</source>
      <translation>Прервано.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="243" />
      <source>Keep the signing key offline: copy {key} onto two USB sticks kept in separate safes, write the passphrase on paper in a sealed envelope, then delete the key from this computer. Bring it back only to sign a plan package or a key rotation, on a computer without network. The inbox's server needs only {inbox}.</source>
      <translation>Храните ключ подписи вне сети: скопируйте {key} на две флешки в разных сейфах, запишите парольную фразу на бумаге в запечатанном конверте, затем удалите ключ с этого компьютера. Возвращайте его только чтобы подписать пакет плана или смену ключа, на компьютере без сети. Серверу приёмного ящика нужен только {inbox}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="640" />
      <source>Kept in the notes: {columns}</source>
      <translation>Сохранено в примечании: {columns}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="90" />
      <source>Leases: {leases}, council decisions: {decisions}.</source>
      <translation>Аренды: {leases}, решения кенеша: {decisions}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="46" />
      <source>Left aside: packages not in this office's outbox (numbers {seqs}).</source>
      <translation>Пропущены пакеты, которых нет в исходящих этого офиса (номера {seqs}).</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/main.py" line="26" />
      <source>MSU Desktop for the agency: sign plan packages, verify and consolidate the municipalities' report packages.</source>
      <translation>MSU Desktop для агентства: подпись пакетов плана, проверка и свод пакетов отчётов муниципалитетов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/main.py" line="34" />
      <source>MSU Desktop: Local Self-Government Development Programme reports and the municipal property register.</source>
      <translation>MSU Desktop: отчёты по Программе развития местного самоуправления и реестр муниципального имущества.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="202" />
      <source>Next report: {period}, due {date} ({days} days left).</source>
      <translation>Следующий отчёт: {period}, срок {date} (осталось дней: {days}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="210" />
      <source>Next report: {period}, due {date}, overdue by {days} days.</source>
      <translation>Следующий отчёт: {period}, срок {date}, просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="254" />
      <source>Next: build the office installer with {pub} (see README, "Releasing the installer for your agency"); the offices learn the inbox key from the rotation in {rotation}, which the next plan package carries (build-plan --rotation).</source>
      <translation>Далее: соберите установщик для офисов с {pub} (см. README, раздел «Releasing the installer for your agency»); офисы узнают ключ приёмного ящика из документа о смене ключа {rotation}, который доставит следующий пакет плана (build-plan --rotation).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="73" />
      <source>No backups found.</source>
      <translation>Резервные копии не найдены.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="273" />
      <source>No package of {soate} has arrived yet: its first package signed by a key with this fingerprint will be trusted.</source>
      <translation>От {soate} ещё не поступило ни одного пакета: его первому пакету, подписанному ключом с этим отпечатком, будет оказано доверие.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="148" />
      <source>No problems: the report for {period} can be marked complete.</source>
      <translation>Ошибок нет: отчёт за {period} можно отметить как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="89" />
      <source>Note: the Kyrgyz and Russian texts of the decree differ here.</source>
      <translation>Внимание: здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="43" />
      <source>Nothing new in this reply.</source>
      <translation>В этом ответе нет ничего нового.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="138" />
      <source>Nothing was signed.</source>
      <translation>Ничего не подписано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="110" />
      <source>Now working on {plan}.</source>
      <translation>Теперь работа идёт по программе {plan}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="73" />
      <source>Open it with: msu-desktop --data-dir {path}</source>
      <translation>Откройте его командой: msu-desktop --data-dir {path}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="173" />
      <source>Packages found: {n}; accepted: {ok}; rejected: {bad}; older or duplicate: {dup}.</source>
      <translation>Найдено пакетов: {n}; принято: {ok}; отклонено: {bad}; устаревших или повторных: {dup}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="193" />
      <source>Packages of other periods ({periods}) are not in this report; collect again with --period.</source>
      <translation>Пакеты других периодов ({periods}) не вошли в этот отчёт; соберите ещё раз с --period.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="187" />
      <source>Passphrase for the agency's signing key: </source>
      <translation>Парольная фраза ключа подписи агентства:</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="193" />
      <source>Passphrase for the inbox's receipts key: </source>
      <translation>Парольная фраза ключа квитанций приёмного ящика:</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="129" />
      <source>Password for the agency key: </source>
      <translation>Пароль ключа агентства:</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="126" />
      <source>Password for the staff member: </source>
      <translation>Пароль сотрудника:</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="58" />
      <source>Restored the backup of {date} ({name}). The previous data was kept in {aside}.</source>
      <translation>Восстановлена резервная копия от {date} ({name}). Прежние данные сохранены в {aside}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="619" />
      <source>Row {row}: {reason}</source>
      <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="89" />
      <source>Run again with --accept to become the successor.</source>
      <translation>Запустите ещё раз с --accept, чтобы стать правопреемником.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="610" />
      <source>Sheet «{sheet}», row {row}: {reason}</source>
      <translation>Лист «{sheet}», строка {row}: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="136" />
      <source>Sign this plan? [y/N] </source>
      <translation>Подписать этот план? [y/N]</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="48" />
      <source>Signed by the agency key {fingerprint}.</source>
      <translation>Подписано ключом агентства {fingerprint}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="238" />
      <source>Signing key fingerprint: {fp}</source>
      <translation>Отпечаток ключа подписи: {fp}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="237" />
      <source>The agency is set up in {path}.</source>
      <translation>Агентство настроено: {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="91" />
      <source>The agency key {fingerprint} is now trusted.</source>
      <translation>Ключ агентства {fingerprint} теперь доверенный.</translation>
    </message>
    <message>
      <source>The database is damaged: {detail}</source>
      <translation type="vanished">База данных повреждена: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="119" />
      <source>The database is sound.</source>
      <translation>База данных в порядке.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="85" />
      <source>The directory names no successor of this municipality.</source>
      <translation>В справочнике нет правопреемника этого муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="323" />
      <source>The inbox is listening on http://{host}:{port}/</source>
      <translation>Приёмный ящик слушает по адресу http://{host}:{port}/</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="175" />
      <source>The inbox now offers plan {plan} version {version} to the offices ({path}).</source>
      <translation>Приёмный сервер теперь предлагает офисам план {plan}, версия {version} ({path}).</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="282" />
      <source>The key {fingerprint} is now the registered key of {soate}; the next collect consolidates the packages it signed.</source>
      <translation>Ключ {fingerprint} теперь зарегистрированный ключ {soate}; следующий сбор включит в свод пакеты, подписанные им.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="109" />
      <source>The latest good backup is {path}; restore it with: msu-desktop restore {path}</source>
      <translation>Последняя исправная резервная копия — {path}; восстановите её: msu-desktop restore {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="220" />
      <source>The programme ended on {date}: its reports are an archive and can still be completed. Import the current programme's plan package from the agency: msu-desktop import-plan PACKAGE.</source>
      <translation>Программа закончилась {date}: её отчёты — архив, их ещё можно дополнить. Импортируйте пакет плана текущей программы из агентства: msu-desktop import-plan ПАКЕТ.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/cli/collect.py" line="183" />
      <source>The report is for {period}: %n municipality(ies) consolidated.</source>
      <translation>
        <numerusform>Отчёт за {period}: в свод включён %n муниципалитет.</numerusform>
        <numerusform>Отчёт за {period}: в свод включены %n муниципалитета.</numerusform>
        <numerusform>Отчёт за {period}: в свод включено %n муниципалитетов.</numerusform>
      </translation>
    </message>
    <message>
      <source>The report is for {period}: {n} municipalities consolidated.</source>
      <translation type="vanished">Отчёт за {period}: в свод включено муниципалитетов — {n}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="130" />
      <source>The same password again: </source>
      <translation>Тот же пароль ещё раз:</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="98" />
      <source>The signature only proves that the key {fingerprint} signed this package. Whether that key is the municipality's own can only be told by the agency's key registry (or by the fingerprint on the municipality's stamped paper report).</source>
      <translation>Подпись доказывает только то, что этот пакет подписан ключом {fingerprint}. Принадлежит ли этот ключ самому муниципалитету, может сказать только реестр ключей агентства (или отпечаток в заверенном печатью бумажном отчёте муниципалитета).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="118" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Текст программы для этого плана отсутствует.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="66" />
      <source>The two directory versions are the same.</source>
      <translation>Две версии справочника одинаковы.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="92" />
      <source>There is no database in {path}.</source>
      <translation>В {path} нет базы данных.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="117" />
      <source>There is no good backup in {path}. If you have a backup on a USB stick, restore it with: msu-desktop restore FILE</source>
      <translation>В папке {path} нет исправной резервной копии. Если резервная копия есть на флешке, восстановите её так: msu-desktop restore ФАЙЛ</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="93" />
      <source>This office is now {name} ({code}).</source>
      <translation>Теперь это {name} ({code}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="88" />
      <source>VALID: {soate} {period}, sequence {seq}, signed by key {fingerprint}</source>
      <translation>ДЕЙСТВИТЕЛЕН: {soate} {period}, номер {seq}, подписан ключом {fingerprint}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="45" />
      <source>Verify every report package in a folder, check its content against the plan it names, and consolidate the good ones. The report is always written; packages that are rejected or await the confirmation of a key are listed on its sheet «Rejected» with their reasons and fingerprints. Exit status: 0 = every package was consolidated; 3 = some were rejected or await a key confirmation (msu-agency keys confirm); 2 = nothing could be done (the message says why).</source>
      <translation>Проверить каждый пакет отчёта в папке, сверить его содержание с планом, на который он ссылается, и свести хорошие. Отчёт пишется всегда; отклонённые пакеты и пакеты, ожидающие подтверждения ключа, перечислены на его листе «Отклонённые» с причинами и отпечатками ключей. Код выхода: 0 = в свод вошли все пакеты; 3 = часть отклонена или ожидает подтверждения ключа (msu-agency keys confirm); 2 = ничего не сделано (сообщение объясняет почему).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="18" />
      <source>YYYY-H1 or YYYY-H2</source>
      <translation>ГГГГ-H1 или ГГГГ-H2</translation>
    </message>
    <message>
      <source>YYYY-Hn (default: the latest period found)</source>
      <translation type="vanished">ГГГГ-Hn (по умолчанию — последний найденный период)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="63" />
      <source>YYYY-Hn (default: the period of the plan most packages report on, never one that has not begun)</source>
      <translation>ГГГГ-Hn (по умолчанию: период плана, по которому отчиталось больше всего пакетов, и никогда не ещё не начавшийся)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="26" />
      <source>a backup (.zip), a data folder, or an Excel register (.xlsx)</source>
      <translation>резервная копия (.zip), папка данных или реестр Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="29" />
      <source>a blank Action Plan workbook (ky and ru)</source>
      <translation>пустая книга Плана действий (на кыргызском и русском)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="51" />
      <source>a blank template to fill in</source>
      <translation>пустой шаблон для заполнения</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="119" />
      <source>a comment at a measure, e.g. 1.1.3=…; repeat for several</source>
      <translation>комментарий к мероприятию, например 1.1.3=…; повторите для нескольких</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="121" />
      <source>a comment on the whole report</source>
      <translation>комментарий ко всему отчёту</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="74" />
      <source>a plan JSON the packages may follow (besides the shipped plan and the plans in plans/ of the agency's data folder)</source>
      <translation>JSON плана, которому могут следовать пакеты (кроме плана, поставляемого с программой, и планов в plans/ папки данных агентства)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="107" />
      <source>a signed key-rotation.json to carry (its .minisig beside it)</source>
      <translation>подписанный key-rotation.json для передачи (его .minisig рядом)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="37" />
      <source>accept a new key from a signed key-rotation document</source>
      <translation>принять новый ключ из подписанного документа о смене ключа</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="109" />
      <source>accept a received package, or return it with comments</source>
      <translation>принять поступивший пакет или вернуть его с комментариями</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="66" />
      <source>add a staff member (or set a new password): the password from MSU_STAFF_PASSWORD or standard input, never the command line</source>
      <translation>добавить сотрудника (или задать новый пароль): пароль из MSU_STAFF_PASSWORD или стандартного ввода, никогда не из командной строки</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="273" />
      <source>already in the inbox</source>
      <translation>уже есть в приёмном ящике</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="114" />
      <source>approved by {name} on {date}</source>
      <translation>утверждён: {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="31" />
      <source>as printed on the agency's letter</source>
      <translation>как напечатано в письме агентства</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="54" />
      <source>as printed on the stamped paper (spaces allowed)</source>
      <translation>как напечатано в заверенном печатью документе (пробелы допускаются)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="27" />
      <source>ask the agency's inbox for receipts and decisions first</source>
      <translation>сначала запросить квитанции и решения у приёмного ящика агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="17" />
      <source>back up the database, attached files and keys</source>
      <translation>резервная копия базы данных, вложений и ключей</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="33" />
      <source>become the successor</source>
      <translation>стать правопреемником</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="18" />
      <source>bring in a predecessor's property register after a merger (its backup or data folder)</source>
      <translation>перенести реестр имущества предшественника после объединения (его резервную копию или папку данных)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="30" />
      <source>build a directory from the Statistical Committee's workbook and a merger sheet</source>
      <translation>собрать справочник из книги Нацстаткомитета и листа слияний</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="17" />
      <source>build the signed report package of a period</source>
      <translation>сформировать подписанный пакет отчёта за период</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="28" />
      <source>check a report package: format, hashes, signature</source>
      <translation>проверить пакет отчёта: формат, хеши, подпись</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="18" />
      <source>check and install a signed plan package (.msuplan)</source>
      <translation>проверить и установить подписанный пакет плана (.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="22" />
      <source>check every row, write nothing</source>
      <translation>проверить все строки, ничего не записывая</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="38" />
      <source>check the database's integrity</source>
      <translation>проверить целостность базы данных</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="33" />
      <source>check the workbook; show the plan and what changes</source>
      <translation>проверить книгу; показать план и что изменится</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="34" />
      <source>check, confirm and sign the plan package</source>
      <translation>проверить, подтвердить и подписать пакет плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="33" />
      <source>columns that are not imported to keep in each object's notes: letters (H,K) or all</source>
      <translation>столбцы, которые не импортируются, сохранить в примечании каждого объекта: буквы (H,K) или all</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="31" />
      <source>create the agency's signing key pair</source>
      <translation>создать пару ключей подписи агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="133" />
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
      <source>export the register to Excel</source>
      <translation type="vanished">выгрузить реестр в Excel</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="39" />
      <source>export the register to Excel or PDF</source>
      <translation>экспортировать реестр в Excel или PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="19" />
      <source>fill an empty data folder with a demo municipality</source>
      <translation>заполнить пустую папку данных демонстрационным муниципалитетом</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="19" />
      <source>folder (e.g. a USB stick)</source>
      <translation>папка (например, флешка)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="33" />
      <source>folder for agency.key and agency.pub</source>
      <translation>папка для agency.key и agency.pub</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="35" />
      <source>folder for the database and files (default: MSU_DATA_DIR or the per-user data folder)</source>
      <translation>папка для базы данных и файлов (по умолчанию: MSU_DATA_DIR или папка данных пользователя)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="95" />
      <source>folder of form settings (*.json)</source>
      <translation>папка настроек форм (*.json)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="130" />
      <source>folder to write into</source>
      <translation>папка, куда записать</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="32" />
      <source>for an Excel register: the predecessor's СОАТЕ code</source>
      <translation>для реестра Excel: код СОАТЕ предшественника</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="22" />
      <source>give a staff account a new password, printed once</source>
      <translation>дать учётной записи новый пароль (выводится один раз)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="57" />
      <source>how long a staff login lasts, in minutes</source>
      <translation>сколько длится вход сотрудника, в минутах</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="19" />
      <source>import an Excel register</source>
      <translation>импортировать реестр из Excel</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="19" />
      <source>import the agency's receipts and decisions (.msureply)</source>
      <translation>импортировать квитанции и решения агентства (.msureply)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="58" />
      <source>install a signed .msudir at the agency</source>
      <translation>установить подписанный .msudir в агентстве</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="24" />
      <source>install a signed directory package (.msudir) from the agency</source>
      <translation>установить подписанный пакет справочника (.msudir) от агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="40" />
      <source>key-rotation.json (its .minisig beside it)</source>
      <translation>key-rotation.json (его .minisig рядом)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/common.py" line="41" />
      <source>language: ky or ru</source>
      <translation>язык: ky или ru</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="29" />
      <source>largest package accepted, in MB</source>
      <translation>наибольший принимаемый пакет, МБ</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="33" />
      <source>list the backups in the data folder and check them</source>
      <translation>перечислить и проверить резервные копии в папке данных</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="20" />
      <source>list the staff accounts</source>
      <translation>список учётных записей сотрудников</translation>
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
      <location filename="msu_desktop/cli/common.py" line="43" />
      <source>log debug details</source>
      <translation>записывать отладочные подробности в журнал</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="63" />
      <source>login of the first staff member (web page)</source>
      <translation>логин первого сотрудника (веб-страница)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="20" />
      <source>look a municipality up by name or code</source>
      <translation>найти муниципалитет по названию или коду</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="92" />
      <source>municipality directory (.json or .csv)</source>
      <translation>справочник муниципалитетов (.json или .csv)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="51" />
      <source>municipality directory CSV for the staff page (repeat for several)</source>
      <translation>CSV-справочник муниципалитетов для страницы сотрудников (повторите для нескольких)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="65" />
      <source>offer a plan package signed elsewhere (on the offline computer) to the offices through the inbox</source>
      <translation>предложить офисам через приёмный сервер пакет плана, подписанный в другом месте (на отключённом от сети компьютере)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="22" />
      <source>only check it and show what would change</source>
      <translation>только проверить и показать, что изменится</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="131" />
      <source>only this municipality</source>
      <translation>только этот муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/main.py" line="47" />
      <source>open the window, show every page (or only the first page: first-page), quit (checks a build, measures a start)</source>
      <translation>открыть окно, показать каждую страницу (или только первую: first-page), выйти (проверка сборки, замер запуска)</translation>
    </message>
    <message>
      <source>open the window, show every page, quit (checks a build)</source>
      <translation type="vanished">открыть окно, показать все страницы и выйти (проверка сборки)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="27" />
      <source>override columns: field=COLUMN_LETTER,... e.g. name=B,area=F</source>
      <translation>переопределить столбцы: поле=БУКВА_СТОЛБЦА,... например name=B,area=F</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="139" />
      <source>package files or folders</source>
      <translation>файлы пакетов или папки</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="98" />
      <source>plan: signs plan packages; receipts: the inbox's key</source>
      <translation>plan: подписывает пакеты плана; receipts: ключ приёмного ящика</translation>
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
      <source>private key file (repeat to sign with several keys)</source>
      <translation type="vanished">файл закрытого ключа (повторите, чтобы подписать несколькими ключами)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="73" />
      <source>private key file (repeat to sign with several keys; default: the agency's signing key, as set up)</source>
      <translation>файл закрытого ключа (повторите, чтобы подписать несколькими ключами; по умолчанию: настроенный ключ подписи агентства)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="27" />
      <source>publish a programme from its Action Plan workbook</source>
      <translation>опубликовать программу из книги её Плана действий</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="136" />
      <source>put packages that came on a stick into the inbox (as if uploaded)</source>
      <translation>поместить пакеты, пришедшие на флешке, в приёмный ящик (как загруженные)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="273" />
      <source>received</source>
      <translation>принят</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="41" />
      <source>refused unverifiable uploads allowed per address per minute before it must wait</source>
      <translation>отклонённых непроверяемых загрузок с одного адреса в минуту, после которых он ждёт</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="58" />
      <source>registered keys, and keys awaiting confirmation</source>
      <translation>зарегистрированные ключи и ключи, ожидающие подтверждения</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="21" />
      <source>remove a staff account (never the last one)</source>
      <translation>удалить учётную запись сотрудника (не последнюю)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="22" />
      <source>replace the data with a backup (the current data is kept aside)</source>
      <translation>заменить данные резервной копией (текущие данные сохраняются отдельно)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="234" />
      <source>reported {r}/{t}, completed {c}, deadline missed {o}</source>
      <translation>отчитано {r}/{t}, выполнено {c}, срок нарушен {o}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="27" />
      <source>reporting periods with due dates and state</source>
      <translation>отчётные периоды со сроками и состоянием</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/cli/report.py" line="69" />
      <source>reports for %n period(s)</source>
      <translation>
        <numerusform>отчёты за %n период</numerusform>
        <numerusform>отчёты за %n периода</numerusform>
        <numerusform>отчёты за %n периодов</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="28" />
      <source>restore even though the backup is another municipality's data</source>
      <translation>восстановить, даже если резервная копия содержит данные другого муниципалитета</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="24" />
      <source>run the agency's inbox (HTTP) for uploads</source>
      <translation>запустить приёмный ящик агентства (HTTP) для загрузок</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="24" />
      <source>semi-annual progress reports</source>
      <translation>полугодовые отчёты о ходе выполнения</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="47" />
      <source>set the agency up: keys, the first staff account, one configuration</source>
      <translation>настроить агентство: ключи, первая учётная запись сотрудника, один файл настроек</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="46" />
      <source>sign a directory.json as a .msudir package</source>
      <translation>подписать directory.json как пакет .msudir</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="83" />
      <source>sign a key-rotation document that announces a new key</source>
      <translation>подписать документ о смене ключа, объявляющий новый ключ</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="63" />
      <source>sign a plan file into a plan package (.msuplan)</source>
      <translation>подписать файл плана в пакет плана (.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="57" />
      <source>sign without asking (scripts)</source>
      <translation>подписать без вопроса (для скриптов)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="99" />
      <source>signed demo packages from N municipalities</source>
      <translation>подписанные демонстрационные пакеты от N муниципалитетов</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="44" />
      <source>start a period from the previous one</source>
      <translation>начать период с данных предыдущего</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="40" />
      <source>the Excel file to write</source>
      <translation>файл Excel для записи</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="45" />
      <source>the PDF file to write: the register as of today, with its totals</source>
      <translation>файл PDF для записи: реестр на сегодня, с итогами</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="26" />
      <source>the agency keys this copy trusts</source>
      <translation>ключи агентства, которым доверяет эта копия</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="62" />
      <source>the agency staff who use the inbox's web page</source>
      <translation>сотрудники агентства, работающие с веб-страницей приёмного ящика</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="55" />
      <source>the agency's name in Kyrgyz</source>
      <translation>название агентства на кыргызском</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="56" />
      <source>the agency's name in Russian</source>
      <translation>название агентства на русском</translation>
    </message>
    <message>
      <source>the agency's name, as written on receipts</source>
      <translation type="vanished">название агентства, как оно пишется в квитанциях</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="157" />
      <source>the agency's name, as written on receipts (default: as set up)</source>
      <translation>название агентства, как оно пишется в квитанциях (по умолчанию: как настроено)</translation>
    </message>
    <message>
      <source>the agency's plan signing key</source>
      <translation type="vanished">ключ агентства для подписи плана</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="89" />
      <source>the agency's plan signing key (default: as set up)</source>
      <translation>ключ подписи планов агентства (по умолчанию: как настроено)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="76" />
      <source>the agency's public key (default: keys/agency.pub of the data folder)</source>
      <translation>открытый ключ агентства (по умолчанию: keys/agency.pub папки данных)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="29" />
      <source>the agency's public key file (.pub)</source>
      <translation>файл открытого ключа агентства (.pub)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="24" />
      <source>the annex number of the report (default 1)</source>
      <translation>номер приложения отчёта (по умолчанию 1)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="43" />
      <source>the annex's table pasted into Word (.docx), in place of the ky/ru sheets (repeat for a file per language)</source>
      <translation>таблица приложения, вставленная в Word (.docx), вместо листов ky/ru (повторите, если у каждого языка свой файл)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="57" />
      <source>the consolidated report (.xlsx)</source>
      <translation>сводный отчёт (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="91" />
      <source>the day the agency received these files (the stick); lateness is judged by it. Default: today. A package collected before keeps the day it was first received.</source>
      <translation>день, когда агентство получило эти файлы (флешку); опоздание определяется по нему. По умолчанию: сегодня. Пакет, собранный ранее, сохраняет день первого получения.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="101" />
      <source>the decree and programme text (schema data/schema/programme.schema.json)</source>
      <translation>текст постановления и программы (схема data/schema/programme.schema.json)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="43" />
      <source>the directory.json to write</source>
      <translation>файл directory.json для записи</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="76" />
      <source>the full name shown on the page</source>
      <translation>полное имя, показываемое на странице</translation>
    </message>
    <message>
      <source>the inbox folder</source>
      <translation type="vanished">папка приёмного ящика</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="30" />
      <source>the inbox folder (default: as set up)</source>
      <translation>папка приёмного ящика (по умолчанию: как настроено)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="194" />
      <source>the inbox key</source>
      <translation>ключ приёмного ящика</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="60" />
      <source>the inbox's address the offices send to, e.g. https://inbox.example.kg</source>
      <translation>адрес приёмного ящика, куда отправляют офисы, например https://inbox.example.kg</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="152" />
      <source>the inbox's private key (default: as set up)</source>
      <translation>закрытый ключ приёмного ящика (по умолчанию: как настроено)</translation>
    </message>
    <message>
      <source>the inbox's private key (keygen)</source>
      <translation type="vanished">закрытый ключ приёмного ящика (keygen)</translation>
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
      <location filename="msu_desktop/cli/inventory.py" line="17" />
      <source>the municipal property register</source>
      <translation>реестр муниципального имущества</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="39" />
      <source>the municipalities' keys the agency trusts (key registry)</source>
      <translation>ключи муниципалитетов, которым доверяет агентство (реестр ключей)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="25" />
      <source>the municipality directory (versions, mergers)</source>
      <translation>справочник муниципалитетов (версии, слияния)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="15" />
      <source>the municipality directory (СОАТЕ)</source>
      <translation>справочник муниципалитетов (СОАТЕ)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="50" />
      <source>the municipality's СОАТЕ code</source>
      <translation>код СОАТЕ муниципалитета</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="92" />
      <source>the new public key (.pub)</source>
      <translation>новый открытый ключ (.pub)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="23" />
      <source>the outgoing date, DD.MM.YYYY</source>
      <translation>дата исходящего письма, ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="21" />
      <source>the outgoing number of the cover letter (kept for the period)</source>
      <translation>исходящий номер сопроводительного письма (сохраняется для периода)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="54" />
      <source>the package file, or a folder to write PLAN-vVERSION.msuplan into</source>
      <translation>файл пакета или папка, куда записать PLAN-vVERSION.msuplan</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="112" />
      <source>the package's SHA-256 (as on its receipt)</source>
      <translation>SHA-256 пакета (как в его квитанции)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="66" />
      <source>the plan JSON (schema data/schema/plan.schema.json)</source>
      <translation>JSON плана (схема data/schema/plan.schema.json)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="40" />
      <source>the previous directory (.json or .msudir)</source>
      <translation>предыдущий справочник (.json или .msudir)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="86" />
      <source>the previous package of this plan</source>
      <translation>предыдущий пакет этого плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan.py" line="36" />
      <source>the programme's id, as 'plan list' prints it</source>
      <translation>идентификатор программы, как его выводит 'plan list'</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="48" />
      <source>the public version (measure 3.2.2)</source>
      <translation>публичная версия (мера 3.2.2)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="188" />
      <source>the signing key</source>
      <translation>ключ подписи</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="65" />
      <source>the staff member's full name</source>
      <translation>полное имя сотрудника</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="28" />
      <source>trust a key handed over in person</source>
      <translation>доверять ключу, переданному лично</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="44" />
      <source>trust a municipality's new key once its stamped paper report with this fingerprint has arrived</source>
      <translation>доверять новому ключу муниципалитета, когда пришёл его заверенный печатью бумажный отчёт с этим отпечатком</translation>
    </message>
    <message>
      <source>uploads allowed per municipality per minute</source>
      <translation type="vanished">разрешённых загрузок от одного муниципалитета в минуту</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="35" />
      <source>uploads allowed per office's verified key per minute</source>
      <translation>загрузок в минуту на проверенный ключ офиса</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="36" />
      <source>validate a period; exit 1 when it has problems</source>
      <translation>проверить период; код выхода 1 при ошибках</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="44" />
      <source>verify and consolidate every report package in a folder</source>
      <translation>проверить и свести все пакеты отчётов в папке</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="53" />
      <source>what changes between two directory versions</source>
      <translation>что меняется между двумя версиями справочника</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/directory.py" line="31" />
      <source>what the directory says happened to this municipality (merged, renamed)</source>
      <translation>что справочник говорит об этом муниципалитете (объединён, переименован)</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="23" />
      <source>where each period's package stands</source>
      <translation>в каком состоянии пакет каждого периода</translation>
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
      <location filename="msu_agency/cli/inbox.py" line="122" />
      <source>who decides (for the record)</source>
      <translation>кто принимает решение (для записи)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="23" />
      <source>who did what on the staff page, newest first</source>
      <translation>кто что сделал на странице сотрудников, новые сверху</translation>
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
      <location filename="msu_agency/cli/inbox.py" line="127" />
      <source>write each municipality's receipts and decisions into a .msureply file</source>
      <translation>записать квитанции и решения каждого муниципалитета в файл .msureply</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation type="vanished">осталось дней: {days}</translation>
    </message>
    <message>
      <source>{n} demo packages written to {path}</source>
      <translation type="vanished">Записано демонстрационных пакетов: {n} в {path}</translation>
    </message>
    <message>
      <source>{n} municipalities in the directory.</source>
      <translation type="vanished">Муниципалитетов в справочнике: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/report.py" line="112" />
      <source>{n} of {total} reported</source>
      <translation>отчитано {n} из {total}</translation>
    </message>
    <message>
      <source>{n} packages await the confirmation of a key: msu-agency keys confirm SOATE FINGERPRINT, once the stamped paper has arrived.</source>
      <translation type="vanished">Пакетов, ожидающих подтверждения ключа: {n}. Когда придёт заверенный печатью документ: msu-agency keys confirm SOATE FINGERPRINT.</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation type="vanished">ошибок: {n}</translation>
    </message>
    <message>
      <source>{n} values carried forward into {period}.</source>
      <translation type="vanished">Перенесено значений в {period}: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/replies.py" line="74" />
      <source>{period}: returned by the agency, unlocked for correction.</source>
      <translation>{period}: возвращён агентством, разблокирован для исправления.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="310" />
      <source>{soate}  {fingerprint}  awaiting confirmation (seen on {package})</source>
      <translation>{soate}  {fingerprint}  ожидает подтверждения (встречен в {package})</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="299" />
      <source>{soate}  {fingerprint}  expected (entered from the stamped paper {when})</source>
      <translation>{soate}  {fingerprint}  ожидается (введён с бумаги с печатью {when})</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="108" />
      <source>СОАТЕ directory CSV for real names (e.g. ../shared/data/soate/*.csv)</source>
      <translation>CSV-справочник СОАТЕ для настоящих названий (например, ../shared/data/soate/*.csv)</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="85" />
      <source>СОАТЕ directory CSV, to list municipalities without a package</source>
      <translation>CSV-справочник СОАТЕ, чтобы перечислить муниципалитеты без пакета</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="74" />
      <source>&amp;Install</source>
      <translation>&amp;Установить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="95" />
      <source>A backup is made before the plan is installed. Reports stay with their measures.</source>
      <translation>Перед установкой плана делается резервная копия. Отчёты остаются привязанными к своим мерам.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="70" />
      <source>Check and changes</source>
      <translation>Проверка и изменения</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="91" />
      <source>Signed by the agency key {fp}.</source>
      <translation>Подписано ключом агентства {fp}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="87" />
      <source>The package was refused:</source>
      <translation>Пакет отклонён:</translation>
    </message>
  </context>
  <context>
    <name>ChooseFilePage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="44" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="38" />
      <source>Choose the plan package</source>
      <translation>Выберите пакет плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="57" />
      <source>Plan package</source>
      <translation>Пакет плана</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="57" />
      <source>Plan packages (*.msuplan)</source>
      <translation>Пакеты плана (*.msuplan)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="40" />
      <source>The agency sends plan updates as .msuplan files, usually on a USB stick.</source>
      <translation>Агентство присылает обновления плана файлами .msuplan, обычно на флешке.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="123" />
      <source>Add comment</source>
      <translation>Добавить комментарий</translation>
    </message>
    <message>
      <source>Write a comment…</source>
      <translation>Напишите комментарий…</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="65" />
      <source>Something went wrong inside the program. Your saved data is safe. A report was written to:</source>
      <translation>В программе произошла ошибка. Сохранённые данные не пострадали. Отчёт об ошибке записан в файл:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/crash.py" line="63" />
      <source>Unexpected error</source>
      <translation>Непредвиденная ошибка</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Cannot print the dashboard.</source>
      <translation type="vanished">Не удалось напечатать сводку.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">Не удаётся записать {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="59" />
      <source>Completed</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="72" />
      <source>Every report that has begun is approved.</source>
      <translation>Все начатые отчёты утверждены.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="60" />
      <source>In progress</source>
      <translation>В процессе</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="86" />
      <source>Next report: {period}, due {date} — overdue by {days} days</source>
      <translation>Следующий отчёт: {period}, срок {date} — просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="77" />
      <source>Next report: {period}, due {date} — {days} days left</source>
      <translation>Следующий отчёт: {period}, срок {date} — осталось {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="62" />
      <source>Not reported</source>
      <translation>Нет отчёта</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="61" />
      <source>Other status</source>
      <translation>Другой статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="195" />
      <source>Progress by direction, {period}</source>
      <translation>Ход выполнения по направлениям, {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="100" />
      <source>Progress of the semi-annual reports</source>
      <translation>Ход полугодовых отчётов</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="63" />
      <source>The programme ended on {date}: its reports are an archive and can still be completed. To report on the current programme, import its plan package from the agency (File → Import a plan package…).</source>
      <translation>Программа закончилась {date}: её отчёты — архив, их ещё можно дополнить. Чтобы отчитываться по текущей программе, импортируйте её пакет плана из агентства (Файл → Импорт пакета плана…).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="133" />
      <source>approved</source>
      <translation>утверждён</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="135" />
      <source>archive</source>
      <translation>архив</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="143" />
      <source>deadline passed: {n}</source>
      <translation>срок истёк: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="139" />
      <source>due soon</source>
      <translation>срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="137" />
      <source>overdue</source>
      <translation>просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="208" />
      <source>{done} of {total}</source>
      <translation>{done} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="80" />
      <source>“3 of 12”: measures completed, of the measures the municipality reports in that half-year.</source>
      <translation>«3 из 12»: выполнено мер из тех, по которым муниципалитет отчитывается в этом полугодии.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="377" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="444" />
      <source>Dashboard — {name}.pdf</source>
      <translation>Сводка — {name}.pdf</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="446" />
      <source>Dashboard.pdf</source>
      <translation>Сводка.pdf</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="380" />
      <source>Save as &amp;PDF…</source>
      <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="455" />
      <source>Save the dashboard as PDF</source>
      <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
      <source>Saving the dashboard…</source>
      <translation type="vanished">Сохранение сводки…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="406" />
      <source>The programme ended on {date}. {approved} of {total} reports approved; the others are an archive and can still be completed.</source>
      <translation>Программа закончилась {date}. Утверждено отчётов: {approved} из {total}; остальные — архив, их ещё можно дополнить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/dashboard_page.py" line="413" />
      <source>{approved} of {total} reports approved; {overdue} overdue.</source>
      <translation>Утверждено отчётов: {approved} из {total}; просрочено: {overdue}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/dashboard_pdf.py" line="101" />
      <source>{name} · as of {date}</source>
      <translation>{name} · по состоянию на {date}</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="53" />
      <source>Choose on the calendar</source>
      <translation>Выбрать в календаре</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="49" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="73" />
      <source>Enter the date.</source>
      <translation>Введите дату.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/widgets.py" line="71" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Это не дата: {value} (введите в виде ДД.ММ.ГГГГ).</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="30" />
      <source>Acquire</source>
      <translation>Принять в собственность</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Действие:</translation>
    </message>
    <message>
      <source>Council decision</source>
      <translation>Решение айылного кенеша</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>Decision No.:</source>
      <translation>Номер решения:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="45" />
      <source>Enter the decision's number.</source>
      <translation>Введите номер решения.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="31" />
      <source>Lease</source>
      <translation>Сдать в аренду</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="32" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="35" />
      <source>Sell</source>
      <translation>Продать</translation>
    </message>
    <message>
      <source>What was decided:</source>
      <translation>Что решено:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/decision_dialog.py" line="34" />
      <source>Write off</source>
      <translation>Списать</translation>
    </message>
  </context>
  <context>
    <name>Delivery</name>
    <message>
      <location filename="msu_desktop/services/delivery_paths.py" line="60" />
      <source>Checking the copy…</source>
      <translation>Проверка копии…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="876" />
      <source>The agency's keys added after the installation (such as the inbox's receipt key) are not trusted now, so receipts cannot be checked. What to do: import the agency's latest plan package again ({file} → {plan}): it carries the agency's current keys.</source>
      <translation>Ключи агентства, добавленные после установки (например, ключ квитанций приёмного ящика), сейчас не доверены, поэтому квитанции нельзя проверить. Что делать: импортируйте последний пакет плана агентства ещё раз ({file} → {plan}): в нём текущие ключи агентства.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="852" />
      <source>What the previous version kept in files could not all be read ({files}); those files were left as they are in the data folder and nothing was deleted.</source>
      <translation>Не всё, что прежняя версия хранила в файлах, удалось прочитать ({files}); эти файлы оставлены как есть в папке данных, ничего не удалено.</translation>
    </message>
    <message>
      <source>What the previous version kept in files could not all be read ({files}); those files were left as they are in the data folder and nothing was deleted. The packages are in the outbox: the next poll of the inbox, or a reply from the agency (.msureply), brings their receipts back.</source>
      <translation type="vanished">Не всё, что прежняя версия хранила в файлах, удалось прочитать ({files}); эти файлы оставлены как есть в папке данных, ничего не удалено. Пакеты — в исходящих: следующий запрос к приёмному ящику или ответ агентства (.msureply) вернёт их квитанции.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="862" />
      <source>Which packages were sent and received is not known for now. What to do: press “{send}” (the inbox answers again with the receipt of every package it already has), or import the agency's latest reply ({file} → {reply}). The packages themselves are in the outbox.</source>
      <translation>Какие пакеты отправлены и получены, пока неизвестно. Что делать: нажмите «{send}» (приёмный ящик снова ответит квитанцией на каждый пакет, который у него уже есть) или импортируйте последний ответ агентства ({file} → {reply}). Сами пакеты — в исходящих.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="787" />
      <source>accepted by the agency</source>
      <translation>принят агентством</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="760" />
      <source>at the next attempt</source>
      <translation>при следующей попытке</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="757" />
      <source>built</source>
      <translation>сформирован</translation>
    </message>
    <message>
      <source>created</source>
      <translation type="vanished">создан</translation>
    </message>
    <message>
      <source>failed: {reason}; next try {when}</source>
      <translation type="vanished">ошибка: {reason}; следующая попытка {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="625" />
      <source>late: received {when}, due {due}</source>
      <translation>с опозданием: получен {when}, срок {due}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="627" />
      <source>missing: the agency had not received this report by {due}</source>
      <translation>не сдан: агентство не получило этот отчёт к {due}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="764" />
      <source>not sent: {reason}; next try {when}</source>
      <translation>не отправлен: {reason}; следующая попытка {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="623" />
      <source>on time (due {due})</source>
      <translation>в срок (срок {due})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="784" />
      <source>received by the agency {when} (receipt verified)</source>
      <translation>получен агентством {when} (квитанция проверена)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="774" />
      <source>received {when}, held until the agency confirms your key: send the agency the stamped paper report with your key's fingerprint {fingerprint} (Print preview… prints this package's report; the fingerprint is under the signatures). The receipt then comes by itself.</source>
      <translation>получен {when}, задержан до подтверждения вашего ключа агентством: отправьте в агентство бумажный отчёт с печатью и отпечатком вашего ключа {fingerprint} («Предпросмотр и печать…» печатает отчёт этого пакета; отпечаток — под подписями). Квитанция затем придёт сама.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="771" />
      <source>refused by the agency: {reason}</source>
      <translation>отклонён агентством: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="788" />
      <source>returned for correction with comments</source>
      <translation>возвращён на исправление с комментариями</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="762" />
      <source>saved to a stick ({place})</source>
      <translation>сохранён на флешку ({place})</translation>
    </message>
    <message>
      <source>saved to {place}</source>
      <translation type="vanished">сохранён в {place}</translation>
    </message>
    <message>
      <source>sent {when}</source>
      <translation type="vanished">отправлен {when}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="763" />
      <source>sent {when}, no receipt yet</source>
      <translation>отправлен {when}, квитанции пока нет</translation>
    </message>
  </context>
  <context>
    <name>DeliveryStatus</name>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="35" />
      <source>Import a reply from the agency</source>
      <translation>Импорт ответа агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="59" />
      <source>Left aside: packages not in this office's outbox (numbers {seqs}).</source>
      <translation>Пропущены пакеты, которых нет в исходящих этого офиса (номера {seqs}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="56" />
      <source>Nothing new in this reply.</source>
      <translation>В этом ответе нет ничего нового.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="123" />
      <source>Receipt</source>
      <translation>Квитанция</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="37" />
      <source>Replies of the agency (*.msureply)</source>
      <translation>Ответы агентства (*.msureply)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="69" />
      <source>Reply from the agency</source>
      <translation>Ответ агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="64" />
      <source>Returned for correction, now unlocked: {periods}</source>
      <translation>Возвращены на исправление, теперь разблокированы: {periods}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="101" />
      <source>Save the receipt as PDF</source>
      <translation>Сохранить квитанцию в PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="93" />
      <source>The agency has not confirmed this package yet.</source>
      <translation>Агентство пока не подтвердило этот пакет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="143" />
      <source>The agency returned this measure: {text}</source>
      <translation>Агентство вернуло это мероприятие: {text}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/delivery_status.py" line="54" />
      <source>The reply was checked and recorded.</source>
      <translation>Ответ проверен и записан.</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="msu_desktop/services/demo.py" line="408" />
      <source>The data folder {path} already has data. Choose an empty folder for the demo.</source>
      <translation>В папке данных {path} уже есть данные. Для демонстрации выберите пустую папку.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/demo.py" line="74" />
      <source>The demo data file is damaged.</source>
      <translation>Файл демонстрационных данных повреждён.</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="110" />
      <source>Done</source>
      <translation>Готово</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="234" />
      <source>(target {n} {unit})</source>
      <translation>(цель: {n} {unit})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="102" />
      <source>Clear them</source>
      <translation>Очистить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="181" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="198" />
      <source>Deadline: {deadline}. Expected result: {result}</source>
      <translation>Срок: {deadline}. Ожидаемый результат: {result}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="206" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="105" />
      <source>Keep</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="210" />
      <source>Money spent, by source ({currency})</source>
      <translation>Израсходовано средств по источникам ({currency})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="296" />
      <source>With the status «{status}» these do not apply: {fields}. Left as they are, they are printed in the report. Clear them? (Undo brings them back.)</source>
      <translation>При статусе «{status}» это не применяется: {fields}. Если оставить, это будет напечатано в отчёте. Очистить? (Отмена вернёт значения.)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/form.py" line="165" />
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="msu_agency/cli/directory.py" line="79" />
      <source>A .msudir is checked against the agency's public key: add --pub.</source>
      <translation>Файл .msudir проверяется открытым ключом агентства: добавьте --pub.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="126" />
      <source>A blank template is written as Excel only (--out).</source>
      <translation>Пустой шаблон записывается только в Excel (--out).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="668" />
      <source>A different package with the same sequence number {seq} arrived already.</source>
      <translation>Другой пакет с тем же порядковым номером {seq} уже поступил.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="59" />
      <source>A directory package must be signed with at least one agency key.</source>
      <translation>Пакет справочника должен быть подписан хотя бы одним ключом агентства.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="42" />
      <source>A lease awarded by auction needs the auction protocol's number.</source>
      <translation>Для аренды по итогам аукциона нужен номер протокола аукциона.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="44" />
      <source>A lease awarded without an auction needs the reason.</source>
      <translation>Для аренды без аукциона нужно указать основание.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="162" />
      <source>A measure in the package is not a record.</source>
      <translation>Мероприятие в пакете не является записью.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="677" />
      <source>A newer package (sequence {latest}) of this period arrived already; this older one is not kept.</source>
      <translation>Более новый пакет этого периода (номер {latest}) уже поступил; этот, более старый, не сохраняется.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="80" />
      <source>A passphrase is needed for {what}: set {env} or use a password file.</source>
      <translation>Нужна парольная фраза ({what}): задайте {env} или используйте файл пароля.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="128" />
      <source>A password is needed: set MSU_AGENCY_PASSWORD or use --password-file.</source>
      <translation>Нужен пароль: задайте MSU_AGENCY_PASSWORD или используйте --password-file.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="128" />
      <source>A password is needed: set MSU_STAFF_PASSWORD or give it on standard input.</source>
      <translation>Нужен пароль: задайте MSU_STAFF_PASSWORD или передайте его через стандартный ввод.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_build.py" line="52" />
      <source>A plan package must be signed with at least one agency key.</source>
      <translation>Пакет плана должен быть подписан хотя бы одним ключом агентства.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="91" />
      <source>A signature in the directory package is damaged: {reason}</source>
      <translation>Подпись в пакете справочника повреждена: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="110" />
      <source>A signature in the plan package is damaged: {reason}</source>
      <translation>Подпись в пакете плана повреждена: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/transfer.py" line="41" />
      <source>An Excel register does not say whose it is: add --from with the predecessor's СОАТЕ code.</source>
      <translation>Из реестра Excel не видно, чей он: добавьте --from с кодом СОАТЕ предшественника.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="167" />
      <source>Bad signature: the manifest was changed or signed by someone else ({reason})</source>
      <translation>Неверная подпись: манифест изменён или подписан другим ({reason})</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="132" />
      <source>Cancelled; nothing was copied.</source>
      <translation>Отменено; ничего не скопировано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="156" />
      <source>Cannot create the data folder {path}: {detail}</source>
      <translation>Не удаётся создать папку данных {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="526" />
      <source>Cannot read the directory file {path}.</source>
      <translation>Не удаётся прочитать файл справочника {path}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="157" />
      <source>Cannot read the file {path}.</source>
      <translation>Не удается прочитать файл {path}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="197" />
      <source>Cannot read the key file {path}.</source>
      <translation>Не удаётся прочитать файл ключа {path}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="121" />
      <source>Cannot read the password file {path}.</source>
      <translation>Не удаётся прочитать файл пароля {path}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/directory.py" line="71" />
      <source>Cannot read the public key {path}.</source>
      <translation>Не удаётся прочитать открытый ключ {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="70" />
      <source>Cannot read {path}.</source>
      <translation>Не удаётся прочитать {path}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="42" />
      <source>Cannot write to {path}: the drive is read-only or access is denied.</source>
      <translation>Не удаётся записать в {path}: диск защищён от записи или доступ запрещён.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">Не удаётся записать {path}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="51" />
      <source>Cannot write {path}: {detail}</source>
      <translation>Не удаётся записать {path}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="198" />
      <source>Coordinates are numbers such as 42.874621.</source>
      <translation>Координаты — это числа, например 42.874621.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="550" />
      <source>Enter the decision's number.</source>
      <translation>Введите номер решения.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="288" />
      <source>Enter the object's name.</source>
      <translation>Введите наименование объекта.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="171" />
      <source>Give the agency's name in both Kyrgyz and Russian.</source>
      <translation>Укажите название агентства и на кыргызском, и на русском.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="197" />
      <source>Give the inbox key another passphrase than the signing key: the inbox's server must never be able to open the signing key.</source>
      <translation>Дайте ключу приёмного ящика другую парольную фразу, чем ключу подписи: сервер приёмного ящика никогда не должен иметь возможности открыть ключ подписи.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="169" />
      <source>Measure {code} appears more than once.</source>
      <translation>Мероприятие {code} встречается больше одного раза.</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="221" />
      <source>Measure {code} appears twice in the plan.</source>
      <translation>Мера {code} встречается в плане дважды.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="166" />
      <source>Measure {code} is not in the plan.</source>
      <translation>Мероприятия {code} нет в плане.</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="213" />
      <source>Measure {code} names an executor {executor} that is not in the glossary.</source>
      <translation>В мере {code} указан исполнитель {executor}, которого нет в перечне сокращений.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/checks.py" line="230" />
      <source>Measure {code}: %n indicator(s); a measure has at most {max}.</source>
      <translation>
        <numerusform>Мероприятие {code}: %n показатель; у мероприятия их не больше {max}.</numerusform>
        <numerusform>Мероприятие {code}: %n показателя; у мероприятия их не больше {max}.</numerusform>
        <numerusform>Мероприятие {code}: %n показателей; у мероприятия их не больше {max}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="263" />
      <source>Measure {code}: more money sources than the form has.</source>
      <translation>Мероприятие {code}: источников финансирования больше, чем в форме.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="279" />
      <source>Measure {code}: the amount from {name} is negative, too large or not an amount: {value}</source>
      <translation>Мероприятие {code}: сумма из источника {name} отрицательная, слишком большая или не является суммой: {value}</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="246" />
      <source>Measure {code}: the indicator {name} is not a whole number between 0 and {max}: {value}</source>
      <translation>Мероприятие {code}: показатель {name} не целое число от 0 до {max}: {value}</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="226" />
      <source>Measure {code}: the indicators are not a list of values.</source>
      <translation>Мероприятие {code}: показатели не являются списком значений.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="260" />
      <source>Measure {code}: the money is not a list of amounts.</source>
      <translation>Мероприятие {code}: финансирование не является списком сумм.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="291" />
      <source>Measure {code}: the total {total} is not the sum of its amounts ({sum}).</source>
      <translation>Мероприятие {code}: итог {total} не равен сумме его сумм ({sum}).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="241" />
      <source>Measure {code}: unknown indicator {name}.</source>
      <translation>Мероприятие {code}: неизвестный показатель {name}.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="269" />
      <source>Measure {code}: unknown money source {name}.</source>
      <translation>Мероприятие {code}: неизвестный источник финансирования {name}.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="175" />
      <source>Measure {code}: unknown status {status}.</source>
      <translation>Мероприятие {code}: неизвестный статус {status}.</translation>
    </message>
    <message>
      <source>Measure {code}: {n} indicators; a measure has at most {max}.</source>
      <translation type="vanished">Мероприятие {code}: показателей {n}; у мероприятия их не больше {max}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="177" />
      <source>Missing file in the package: {name}</source>
      <translation>В пакете отсутствует файл: {name}</translation>
    </message>
    <message>
      <source>No connection to the server ({reason}).</source>
      <translation type="vanished">Нет связи с сервером ({reason}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="323" />
      <source>No connection to the server {host}. Check the Internet connection and the address.</source>
      <translation>Нет связи с сервером {host}. Проверьте подключение к Интернету и адрес.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="289" />
      <source>No connection to the server: the address {host} cannot be found. Check that this computer is on the Internet and that the address is written right.</source>
      <translation>Нет связи с сервером: адрес {host} не найден. Проверьте, что компьютер подключён к Интернету и что адрес написан правильно.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="313" />
      <source>No connection to the server: the connection to {host} was broken off. Try again.</source>
      <translation>Нет связи с сервером: соединение с {host} прервалось. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="300" />
      <source>No connection to the server: the secure connection to {host} could not be checked (its certificate, or this computer's date, is wrong).</source>
      <translation>Нет связи с сервером: защищённое соединение с {host} не удалось проверить (неверен его сертификат или дата на этом компьютере).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="318" />
      <source>No connection to the server: this computer has no network to reach {host}. Check the cable or the Wi-Fi.</source>
      <translation>Нет связи с сервером: у компьютера нет сети, чтобы достичь {host}. Проверьте кабель или Wi-Fi.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="295" />
      <source>No connection to the server: {host} did not answer in time. Try again later.</source>
      <translation>Нет связи с сервером: {host} не ответил вовремя. Попробуйте позже.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="307" />
      <source>No connection to the server: {host} refused the connection (the agency's server is not running at this address). Check the address, or try later.</source>
      <translation>Нет связи с сервером: {host} отказал в соединении (сервер агентства не работает по этому адресу). Проверьте адрес или попробуйте позже.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="395" />
      <source>No executor is named.</source>
      <translation>Не назван ни один исполнитель.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_map.py" line="154" />
      <source>No header row with a name column was found. Map the columns by hand.</source>
      <translation>Не найдена строка заголовков со столбцом наименования. Сопоставьте столбцы вручную.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="264" />
      <source>No key of the agency's inbox is trusted yet: import the plan package or the key-rotation document that brings it.</source>
      <translation>Ключу приёмного ящика агентства пока нет доверия: импортируйте пакет плана или документ о смене ключа, который его приносит.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="238" />
      <source>No package of {soate} signed by a key with this fingerprint has been collected; nothing was changed. Collect the folder with that package first.</source>
      <translation>Ни одного пакета {soate}, подписанного ключом с этим отпечатком, не собрано; ничего не изменено. Сначала соберите папку с этим пакетом.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="232" />
      <source>No plan is installed.</source>
      <translation>План не установлен.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="262" />
      <source>No table starting with № was found in {path}.</source>
      <translation>В {path} не найдено таблицы, начинающейся с №.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="720" />
      <source>No upload address is set.</source>
      <translation>Адрес для отправки не задан.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="325" />
      <source>No. {old} of {name} is taken in this register, and so is {new}; rename one of them first. Nothing was changed.</source>
      <translation>№ {old} из {name} уже занят в этом реестре, и {new} тоже; сначала измените один из номеров. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="77" />
      <source>Not a column letter: {col}</source>
      <translation>Это не буква столбца: {col}</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="175" />
      <source>Not a valid package: {reason}</source>
      <translation>Недействительный пакет: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="155" />
      <source>Not a valid reply file: {reason}</source>
      <translation>Недействительный файл ответа: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="135" />
      <source>Nothing was signed: confirm with --yes, or run it in a terminal.</source>
      <translation>Ничего не подписано: подтвердите через --yes или запустите в терминале.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="410" />
      <source>Once it has arrived: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation>Когда он придёт: msu-agency keys confirm {soate} FINGERPRINT</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="161" />
      <source>Only an active object can be leased.</source>
      <translation>Сдать в аренду можно только действующий объект.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/collect.py" line="376" />
      <source>Packages of {soate} are signed by %n different key(s), so none was registered. Compare the fingerprints with the stamped paper report, then: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation>
        <numerusform>Пакеты {soate} подписаны %n ключом, поэтому ни один не зарегистрирован. Сверьте отпечатки с заверенным печатью бумажным отчётом, затем: msu-agency keys confirm {soate} FINGERPRINT</numerusform>
        <numerusform>Пакеты {soate} подписаны %n разными ключами, поэтому ни один не зарегистрирован. Сверьте отпечатки с заверенным печатью бумажным отчётом, затем: msu-agency keys confirm {soate} FINGERPRINT</numerusform>
        <numerusform>Пакеты {soate} подписаны %n разными ключами, поэтому ни один не зарегистрирован. Сверьте отпечатки с заверенным печатью бумажным отчётом, затем: msu-agency keys confirm {soate} FINGERPRINT</numerusform>
      </translation>
    </message>
    <message>
      <source>Packages of {soate} are signed by {n} different keys, so none was registered. Compare the fingerprints with the stamped paper report, then: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation type="vanished">Пакеты {soate} подписаны разными ключами ({n}), поэтому ни один не зарегистрирован. Сверьте отпечатки с заверенным печатью бумажным отчётом, затем: msu-agency keys confirm {soate} FINGERPRINT</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="339" />
      <source>Packages of {soate} are signed with the key registered for {other} (after a merger, the predecessor's key). Nothing of {soate} was consolidated. If {other} is part of {soate}, compare the fingerprint with the stamped paper report, then: msu-agency keys confirm {soate} FINGERPRINT</source>
      <translation>Пакеты {soate} подписаны ключом, зарегистрированным для {other} (после объединения — ключ предшественника). Ничего из {soate} не сведено. Если {other} вошёл в {soate}, сверьте отпечаток с бумажным отчётом с печатью, затем: msu-agency keys confirm {soate} ОТПЕЧАТОК</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="236" />
      <source>Reading Word tables needs the agency's extra (python-docx): install msu-desktop[agency].</source>
      <translation>Для чтения таблиц Word нужно дополнение агентства (python-docx): установите msu-desktop[agency].</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/inventory.py" line="124" />
      <source>Say where to write the register: --out FILE.xlsx or --pdf FILE.pdf.</source>
      <translation>Укажите, куда записать реестр: --out FILE.xlsx или --pdf FILE.pdf.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="231" />
      <source>Set up the municipality (File → Municipality) before exporting.</source>
      <translation>Перед выгрузкой заполните данные муниципалитета (Файл → Муниципалитет).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="189" />
      <source>Set up the municipality (File → Municipality) first.</source>
      <translation>Сначала укажите муниципалитет (Файл → Муниципалитет).</translation>
    </message>
    <message>
      <source>Signed with a new key ({new}); the agency has another key registered for this municipality. Send the stamped paper with the new fingerprint first.</source>
      <translation type="vanished">Подписано новым ключом ({new}); у агентства для этого муниципалитета зарегистрирован другой ключ. Сначала отправьте бумагу с печатью и новым отпечатком ключа.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="404" />
      <source>Signed with a new key ({new}); the registered key is {old}. Confirm the new key with the municipality's stamped paper first.</source>
      <translation>Подписан новым ключом ({new}); зарегистрирован ключ {old}. Сначала подтвердите новый ключ бумажным документом муниципалитета с печатью.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="120" />
      <source>Staff accounts belong to the inbox's web page, which is not part of this installation (the agency extra); run init without --staff.</source>
      <translation>Учётные записи сотрудников относятся к веб-странице приёмного ящика, которой нет в этой установке (дополнение агентства); запустите init без --staff.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="135" />
      <source>Tampered file in the package: {name}</source>
      <translation>Файл в пакете изменён: {name}</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="173" />
      <source>The agency is already set up in {path}; nothing was changed.</source>
      <translation>Агентство уже настроено в {path}; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="165" />
      <source>The agency is not set up here: run msu-agency init first, or give --key.</source>
      <translation>Агентство здесь не настроено: сначала запустите msu-agency init или укажите --key.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="46" />
      <source>The agency is not set up here: run msu-agency init first, or give {options}.</source>
      <translation>Агентство здесь не настроено: сначала запустите msu-agency init или укажите {options}.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="121" />
      <source>The agency is not set up here: run msu-agency init first.</source>
      <translation>Агентство здесь не настроено: сначала выполните msu-agency init.</translation>
    </message>
    <message>
      <location filename="msu_agency/config.py" line="95" />
      <source>The agency's configuration {path} cannot be read; nothing was changed. Run msu-agency init again, or restore the file from the backup.</source>
      <translation>Настройки агентства {path} не читаются; ничего не изменено. Запустите msu-agency init снова или восстановите файл из резервной копии.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="291" />
      <source>The agency's decision is about a package this office never sent (sequence {seq}).</source>
      <translation>Решение агентства касается пакета, который этот офис никогда не отправлял (номер {seq}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="239" />
      <source>The agency's decision is damaged and cannot be read.</source>
      <translation>Решение агентства повреждено и не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="240" />
      <source>The agency's decision is too large.</source>
      <translation>Решение агентства слишком велико.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="273" />
      <source>The agency's inbox refused the package: {reason}</source>
      <translation>Приёмный ящик агентства отклонил пакет: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="95" />
      <source>The agency's key registry {path} is damaged.</source>
      <translation>Реестр ключей агентства {path} повреждён.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="168" />
      <source>The agency's public key was not found: run msu-agency init first, or give --pub.</source>
      <translation>Открытый ключ агентства не найден: сначала выполните msu-agency init или укажите --pub.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/outgoing.py" line="41" />
      <source>The annex number is longer than {limit} characters.</source>
      <translation>Номер приложения длиннее {limit} символов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="514" />
      <source>The answer did not come from the agency's inbox (perhaps the network's login page: open a browser and log in to the network first); the package will be sent again.</source>
      <translation>Ответ пришёл не от приёмного сервера агентства (возможно, это страница входа в сеть: сначала откройте браузер и войдите в сеть); пакет будет отправлен ещё раз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="440" />
      <source>The backup could not be restored: {reason} The previous data was put back as it was.</source>
      <translation>Не удалось восстановить резервную копию: {reason} Прежние данные возвращены на место в прежнем виде.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="170" />
      <source>The backup was cancelled; nothing was written.</source>
      <translation>Резервное копирование отменено; ничего не записано.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="430" />
      <source>The content of the package was refused: {reason}</source>
      <translation>Содержание пакета отклонено: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="200" />
      <source>The coordinates are outside Kyrgyzstan.</source>
      <translation>Координаты за пределами Кыргызстана.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="194" />
      <source>The data is of {code}, which the installed directory does not name as a predecessor of {name} ({mine}); nothing was changed.</source>
      <translation>Это данные {code}, а установленный справочник не называет его предшественником {name} ({mine}); ничего не изменено.</translation>
    </message>
    <message>
      <source>The database file is damaged ({detail}). Restore it from a backup.</source>
      <translation type="vanished">Файл базы данных повреждён ({detail}). Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <source>The database file is damaged and cannot be opened: {detail}</source>
      <translation type="vanished">Файл базы данных повреждён и не открывается: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="210" />
      <source>The database {path} cannot be written: the folder, the drive or the file is read-only. It is not damaged. Allow writing there (or copy the data folder to a place where you can write) and start again; nothing was changed.</source>
      <translation>В базу данных {path} нельзя записать: папка, диск или файл доступны только для чтения. База не повреждена. Разрешите запись (или скопируйте папку данных туда, где запись возможна) и запустите программу снова; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/db.py" line="239" />
      <source>The database {path} could not be read or written (a read error on the drive, or the drive was removed). Check the drive and try again; nothing was changed.</source>
      <translation>Не удалось прочитать или записать базу данных {path} (ошибка чтения диска, или диск был извлечён). Проверьте диск и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="284" />
      <source>The database {path} is damaged and cannot be read. Restore it from the latest good backup.</source>
      <translation>База данных {path} повреждена и не читается. Восстановите её из последней исправной резервной копии.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="129" />
      <source>The database {path} is empty (0 bytes): its content was lost, for example in a power cut or by an antivirus program. No new database was created over it. Restore the latest good backup.</source>
      <translation>База данных {path} пуста (0 байт): её содержимое утрачено, например при отключении электричества или из-за антивируса. Новая база поверх неё не создавалась. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/db.py" line="227" />
      <source>The database {path} is in use by another program (another copy of MSU Desktop, a backup or antivirus program). Close that program and try again; nothing was changed.</source>
      <translation>База данных {path} занята другой программой (другой копией MSU Desktop, программой резервного копирования или антивирусом). Закройте эту программу и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="56" />
      <source>The database {path} is in use by another program (often an antivirus scan or a backup tool). Nothing was changed. Wait a minute or close that program, then start MSU Desktop again.</source>
      <translation>База данных {path} занята другой программой (чаще всего антивирусной проверкой или программой резервного копирования). Ничего не изменено. Подождите минуту или закройте эту программу, затем снова запустите MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="141" />
      <source>The day of receipt {date} is in the future; nothing was collected.</source>
      <translation>День получения {date} ещё не наступил; ничего не собрано.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/collect.py" line="132" />
      <source>The day of receipt {value} is not a date; write it as 25.01.2027.</source>
      <translation>День получения {value} не является датой; напишите его как 25.01.2027.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="387" />
      <source>The deadline {value} cannot be read; write a date (31.12.2025), a year (2025) or years (2024-2026).</source>
      <translation>Срок {value} не читается; напишите дату (31.12.2025), год (2025) или годы (2024-2026).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/decisions.py" line="35" />
      <source>The decision's text is longer than {n} characters.</source>
      <translation>Текст решения длиннее {n} символов.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="496" />
      <source>The directory file {path} has no СОАТЕ code or name column.</source>
      <translation>В файле справочника {path} нет столбца кода СОАТЕ или наименования.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="102" />
      <source>The directory in the package was changed or damaged; it was refused.</source>
      <translation>Справочник в пакете изменён или повреждён; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="124" />
      <source>The directory package has no directory.json.</source>
      <translation>В пакете справочника нет directory.json.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="120" />
      <source>The directory package is not signed by a trusted agency key; it was refused.</source>
      <translation>Пакет справочника не подписан доверенным ключом агентства; он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="87" />
      <source>The directory package is of a format this version does not know; update the app.</source>
      <translation>Пакет справочника в формате, неизвестном этой версии; обновите программу.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="95" />
      <source>The directory package was changed after it was signed; it was refused.</source>
      <translation>Пакет справочника изменён после подписания; он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="83" />
      <source>The directory package's manifest is not readable.</source>
      <translation>Манифест пакета справочника не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="46" />
      <source>The drive holding {path} is not available (was the USB stick removed?). Nothing was saved there; try again.</source>
      <translation>Диск с {path} недоступен (флешку извлекли?). Туда ничего не записано; попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="225" />
      <source>The export was cancelled; nothing was written.</source>
      <translation>Выгрузка отменена; ничего не записано.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="92" />
      <source>The file is not a plan package (it has no manifest).</source>
      <translation>Файл не является пакетом плана (нет манифеста).</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="101" />
      <source>The file is not a plan package (unknown manifest).</source>
      <translation>Файл не является пакетом плана (неизвестный манифест).</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="264" />
      <source>The file was not found: {path}</source>
      <translation>Файл не найден: {path}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="351" />
      <source>The file {name} holds more data than the package declares.</source>
      <translation>Файл {name} содержит больше данных, чем указано в пакете.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="360" />
      <source>The file {name} in the package is damaged.</source>
      <translation>Файл {name} в пакете повреждён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="336" />
      <source>The file {name} in the package is too large.</source>
      <translation>Файл {name} в пакете слишком большой.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="164" />
      <source>The file {name} in the plan package is not readable.</source>
      <translation>Файл {name} в пакете плана не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="168" />
      <source>The file {name} in the plan package is not valid: {detail}</source>
      <translation>Файл {name} в пакете плана неверен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="123" />
      <source>The file {name} in the plan package was changed or damaged; the package was refused.</source>
      <translation>Файл {name} в пакете плана изменён или повреждён; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="140" />
      <source>The file {path} is not a database (it may have been overwritten or damaged). Restore the latest good backup.</source>
      <translation>Файл {path} не является базой данных (возможно, он перезаписан или повреждён). Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="177" />
      <source>The file {path} is not an MSU Desktop database: it belongs to another program. It was left as it is. Restore the office's data from the latest good backup.</source>
      <translation>Файл {path} — не база данных MSU Desktop: он принадлежит другой программе. Он оставлен как есть. Восстановите данные офиса из последней исправной резервной копии.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="30" />
      <source>The file {path} is open in another program (Excel, a PDF viewer, an antivirus scan). Close it there and try again; nothing was changed.</source>
      <translation>Файл {path} открыт в другой программе (Excel, программа просмотра PDF, проверка антивирусом). Закройте его там и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="122" />
      <source>The fingerprint does not match this key: the key was NOT added. Check the letter and the file.</source>
      <translation>Отпечаток не совпадает с этим ключом: ключ НЕ добавлен. Проверьте письмо и файл.</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/export.py" line="43" />
      <source>The folder {folder} is not there (was the USB stick removed?). Insert the stick and run the export again; nothing was built.</source>
      <translation>Папки {folder} нет (USB-флешку вынули?). Вставьте флешку и запустите экспорт снова; ничего не создано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery_paths.py" line="50" />
      <source>The folder {folder} is not there (was the USB stick removed?). Insert the stick and save the package again; nothing was saved.</source>
      <translation>Папки {folder} нет (USB-флешку вынули?). Вставьте флешку и сохраните пакет снова; ничего не сохранено.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="162" />
      <source>The folder {path} does not exist.</source>
      <translation>Папка {path} не существует.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="68" />
      <source>The folder {path} is not an inbox.</source>
      <translation>Папка {path} не является приёмным ящиком.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/steps.py" line="36" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation type="vanished">Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="100" />
      <source>The inbox address {url} is not a web address; write it as https://inbox.example.kg</source>
      <translation>Адрес приёмного ящика {url} не является веб-адресом; напишите его как https://inbox.example.kg</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="415" />
      <source>The inbox's answer carries no readable receipt.</source>
      <translation>В ответе приёмного ящика нет читаемой квитанции.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="323" />
      <source>The inbox's answer is too large to be a hold.</source>
      <translation>Ответ приёмного ящика слишком велик для уведомления о задержке.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="325" />
      <source>The inbox's hold is damaged and cannot be read.</source>
      <translation>Уведомление приёмного ящика о задержке повреждено и не читается.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/staff.py" line="59" />
      <source>The inbox's web server is not part of this installation (it is the agency's extra): install it with pip install 'msu-desktop[agency]'. Missing: {name}.</source>
      <translation>Веб-сервер приёмного ящика не входит в эту установку (это дополнение для агентства): установите его командой pip install 'msu-desktop[agency]'. Не найдено: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="119" />
      <source>The installed directory names no predecessor of this municipality; nothing was changed.</source>
      <translation>Установленный справочник не называет предшественников этого муниципалитета; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="68" />
      <source>The inventory number {number} is already used.</source>
      <translation>Инвентарный номер {number} уже занят.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="52" />
      <source>The key or signature is damaged (not valid base64).</source>
      <translation>Ключ или подпись повреждены (недопустимый base64).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="511" />
      <source>The key {fingerprint} that signed this package belongs to another municipality; one key signs for one municipality only.</source>
      <translation>Ключ {fingerprint}, которым подписан этот пакет, принадлежит другому муниципалитету; один ключ подписывает только за один муниципалитет.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="431" />
      <source>The key {fingerprint} that signed this package of {soate} belongs to {other}; one key signs for one municipality only. The package was not consolidated.</source>
      <translation>Ключ {fingerprint}, которым подписан этот пакет {soate}, принадлежит {other}; один ключ подписывает только за один муниципалитет. Пакет не включён в сводный отчёт.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/rotation.py" line="50" />
      <source>The key-rotation document is not readable.</source>
      <translation>Документ о смене ключа не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/rotation.py" line="34" />
      <source>The key-rotation document is not signed by a trusted agency key; the new key was not accepted.</source>
      <translation>Документ о смене ключа не подписан доверенным ключом агентства; новый ключ не принят.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/rotation.py" line="52" />
      <source>The key-rotation document names an unknown purpose ({purpose}).</source>
      <translation>В документе о смене ключа указано неизвестное назначение ({purpose}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/plan_import.py" line="89" />
      <source>The key-rotation document or its signature (.minisig) is missing.</source>
      <translation>Отсутствует документ о смене ключа или его подпись (.minisig).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="36" />
      <source>The lease ends before it starts.</source>
      <translation>Аренда заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="307" />
      <source>The limits must be positive numbers.</source>
      <translation>Ограничения должны быть положительными числами.</translation>
    </message>
    <message>
      <location filename="msu_agency/received.py" line="41" />
      <source>The list of received packages {path} cannot be read; nothing was changed. Restore it from the backup.</source>
      <translation>Список полученных пакетов {path} не читается; ничего не изменено. Восстановите его из резервной копии.</translation>
    </message>
    <message>
      <source>The list of trusted agency keys ({path}) is damaged.</source>
      <translation type="vanished">Список доверенных ключей агентства ({path}) повреждён.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="191" />
      <source>The merger sheet names the new code {code}, which is not in the workbook; nothing was built.</source>
      <translation>В листе слияний указан новый код {code}, которого нет в книге; ничего не собрано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="215" />
      <source>The municipality directory has no valid СОАТЕ code (14 digits beginning with 417){examples}; nothing was changed, the old directory is kept.</source>
      <translation>В справочнике муниципалитетов нет ни одного верного кода СОАТЕ (14 цифр, начиная с 417){examples}; ничего не изменено, прежний справочник сохранён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="171" />
      <source>The municipality directory has no СОАТЕ code or name column.</source>
      <translation>В справочнике муниципалитетов нет столбца кода СОАТЕ или наименования.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="159" />
      <source>The municipality directory holds no municipality; nothing was changed.</source>
      <translation>В справочнике муниципалитетов нет ни одного муниципалитета; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="147" />
      <source>The municipality directory is not UTF-8 text.</source>
      <translation>Справочник муниципалитетов не в кодировке UTF-8.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="152" />
      <source>The municipality directory is not readable JSON.</source>
      <translation>Справочник муниципалитетов — нечитаемый JSON.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/checks.py" line="216" />
      <source>The municipality's name, rayon or oblast is missing or longer than %n character(s).</source>
      <translation>
        <numerusform>Название муниципалитета, район или область отсутствует или длиннее %n символа.</numerusform>
        <numerusform>Название муниципалитета, район или область отсутствует или длиннее %n символов.</numerusform>
        <numerusform>Название муниципалитета, район или область отсутствует или длиннее %n символов.</numerusform>
      </translation>
    </message>
    <message>
      <source>The municipality's name, rayon or oblast is missing or longer than {n} characters.</source>
      <translation type="vanished">Название муниципалитета, район или область отсутствует или длиннее {n} символов.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="371" />
      <source>The number {number} is used twice (also in row {other}).</source>
      <translation>Номер {number} использован дважды (также в строке {other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="163" />
      <source>The object {number} is already written off or sold.</source>
      <translation>Объект {number} уже списан или продан.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_offer.py" line="208" />
      <source>The offered plan package is larger than a plan can be ({size} bytes); it was not downloaded.</source>
      <translation>Предложенный пакет плана больше, чем может быть план ({size} байт); он не был загружен.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="202" />
      <source>The old code {code} is in neither the previous directory nor the workbook, and the merger sheet gives no name for it; nothing was built.</source>
      <translation>Старого кода {code} нет ни в предыдущем справочнике, ни в книге, а лист слияний не даёт его названия; ничего не собрано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/outgoing.py" line="39" />
      <source>The outgoing number is longer than {limit} characters.</source>
      <translation>Исходящий номер длиннее {limit} символов.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="55" />
      <source>The package contains a file with an invalid name: {name}</source>
      <translation>В пакете есть файл с недопустимым именем: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="381" />
      <source>The package contains a path that escapes its folder: {name}</source>
      <translation>В пакете есть путь, выходящий за пределы папки: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="307" />
      <source>The package contains a symbolic link: {name}</source>
      <translation>В пакете есть символическая ссылка: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="59" />
      <source>The package contains an absolute path: {name}</source>
      <translation>В пакете есть абсолютный путь: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="309" />
      <source>The package contains an encrypted file: {name}</source>
      <translation>В пакете есть зашифрованный файл: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="304" />
      <source>The package contains the file {name} twice.</source>
      <translation>Файл {name} встречается в пакете дважды.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="423" />
      <source>The package could not be read ({kind}); it was not consolidated.</source>
      <translation>Пакет не удалось прочитать ({kind}); он не включён в свод.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="209" />
      <source>The package does not say which municipality sent it.</source>
      <translation>В пакете не указано, какой муниципалитет его отправил.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="130" />
      <source>The package does not say which version of the plan it follows.</source>
      <translation>В пакете не указано, какой версии плана он следует.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="203" />
      <source>The package follows the plan {plan}, which the agency does not have; give collect that plan (--plan).</source>
      <translation>Пакет следует плану {plan}, которого нет у агентства; передайте этот план сбору (--plan).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="133" />
      <source>The package follows version {version} of the plan; the agency has only version {have}. Give collect the newer plan (--plan).</source>
      <translation>Пакет следует версии {version} плана; у агентства есть только версия {have}. Передайте сбору более новый план (--plan).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="131" />
      <source>The package has a file its manifest does not list: {name}</source>
      <translation>В пакете есть файл, не указанный в манифесте: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="370" />
      <source>The package has no file {name}.</source>
      <translation>В пакете нет файла {name}.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="304" />
      <source>The package has no summary.</source>
      <translation>В пакете нет итогов.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="295" />
      <source>The package has too many files ({n}).</source>
      <translation>В пакете слишком много файлов ({n}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="200" />
      <source>The package holds archives nested more than {n} deep (file {name}).</source>
      <translation>В пакете архивы вложены друг в друга глубже {n} уровней (файл {name}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="154" />
      <source>The package is not signed (missing file {name}).</source>
      <translation>Пакет не подписан (нет файла {name}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="159" />
      <source>The package is signed with a different key than the one registered for this municipality (fingerprint {fingerprint}).</source>
      <translation>Пакет подписан не тем ключом, что зарегистрирован для этого муниципалитета (отпечаток {fingerprint}).</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="317" />
      <source>The package is too large when unpacked.</source>
      <translation>Пакет слишком велик в распакованном виде.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/checks.py" line="148" />
      <source>The package lists %n measure(s); the plan has only {max}.</source>
      <translation>
        <numerusform>В пакете %n мероприятие; в плане их только {max}.</numerusform>
        <numerusform>В пакете %n мероприятия; в плане их только {max}.</numerusform>
        <numerusform>В пакете %n мероприятий; в плане их только {max}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="144" />
      <source>The package lists no measures.</source>
      <translation>В пакете нет мероприятий.</translation>
    </message>
    <message>
      <source>The package lists {n} measures; the plan has only {max}.</source>
      <translation type="vanished">В пакете мероприятий: {n}; в плане их только {max}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="182" />
      <source>The package looks like a zip bomb (file {name} expands too much).</source>
      <translation>Пакет похож на «zip-бомбу» (файл {name} распаковывается в слишком большой объём).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="121" />
      <source>The package names the plan {plan}, not {expected}.</source>
      <translation>Пакет ссылается на план {plan}, а не {expected}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="311" />
      <source>The package uses an unsupported compression: {name}</source>
      <translation>В пакете используется неподдерживаемое сжатие: {name}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="384" />
      <source>The package was damaged on the way (its SHA-256 does not match); send it again.</source>
      <translation>Пакет повреждён в пути (его SHA-256 не совпадает); отправьте его снова.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="402" />
      <source>The package was refused: {reason}</source>
      <translation>Пакет отклонён: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="269" />
      <source>The package's creation time is not a date and time.</source>
      <translation>Время создания пакета не является датой и временем.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="109" />
      <source>The package's data cannot be read: {detail}</source>
      <translation>Данные пакета не удаётся прочитать: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="188" />
      <source>The package's data does not match its manifest.</source>
      <translation>Данные пакета не соответствуют его манифесту.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="115" />
      <source>The package's data is not a record of a report.</source>
      <translation>Данные пакета не являются записью отчёта.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="182" />
      <source>The package's data.json is not valid: {detail}</source>
      <translation>data.json пакета недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="335" />
      <source>The package's file name was changed; its receipt cannot be matched.</source>
      <translation>Имя файла пакета изменено; его квитанцию нельзя сопоставить.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="121" />
      <source>The package's manifest is damaged (tampered file).</source>
      <translation>Манифест пакета повреждён (файл изменён).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="128" />
      <source>The package's manifest is not valid: {detail}</source>
      <translation>Манифест пакета недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="120" />
      <source>The package's manifest is too large.</source>
      <translation>Манифест пакета слишком большой.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="320" />
      <source>The package's summary does not match its measures (it claims {claimed} reported, the measures show {actual}).</source>
      <translation>Итоги пакета не совпадают с его мероприятиями (заявлено отчитавшихся: {claimed}, по мероприятиям: {actual}).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="330" />
      <source>The package's summary does not match its measures (money {claimed}, the measures show {actual}).</source>
      <translation>Итоги пакета не совпадают с его мероприятиями (средства {claimed}, по мероприятиям: {actual}).</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="151" />
      <source>The passphrase does not open the agency's signing key; nothing was signed.</source>
      <translation>Пароль не открывает ключ подписи агентства; ничего не подписано.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="125" />
      <source>The password file {path} is empty.</source>
      <translation>Файл пароля {path} пуст.</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="199" />
      <source>The period {period} has not begun yet (today is {today}).</source>
      <translation>Период {period} ещё не начался (сегодня {today}).</translation>
    </message>
    <message>
      <location filename="msu_agency/checks.py" line="191" />
      <source>The period {period} is not a reporting period of the plan {plan}.</source>
      <translation>Период {period} не является отчётным периодом плана {plan}.</translation>
    </message>
    <message>
      <location filename="msu_agency/collect.py" line="452" />
      <source>The period {period} is not a reporting period of the plan.</source>
      <translation>Период {period} не является отчётным периодом плана.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="310" />
      <source>The plan id {value} must be latin lower-case words joined by dashes.</source>
      <translation>Идентификатор плана {value} должен состоять из латинских строчных слов через дефис.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="252" />
      <source>The plan in the package does not match its manifest.</source>
      <translation>План в пакете не соответствует манифесту.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="246" />
      <source>The plan in the package is not readable.</source>
      <translation>План в пакете не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="248" />
      <source>The plan in the package is not valid: {detail}</source>
      <translation>План в пакете недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="152" />
      <source>The plan package carries a form this version of the app does not know: {name}</source>
      <translation>В пакете плана есть форма, неизвестная этой версии программы: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="196" />
      <source>The plan package carries a key-rotation document without its signature; it was refused and nothing was changed.</source>
      <translation>В пакете плана есть документ о смене ключа без его подписи; пакет отклонён, ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="117" />
      <source>The plan package contains a file that its manifest does not list: {name}</source>
      <translation>Пакет плана содержит файл, не указанный в манифесте: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="102" />
      <source>The plan package has format version {version}, which this version of the app does not know. Install a newer MSU Desktop.</source>
      <translation>Пакет плана имеет версию формата {version}, неизвестную этой версии программы. Установите более новый MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="142" />
      <source>The plan package has no report form (forms/report_rules.json) and this version of the app has none for the plan {plan}, so no report could be filled in; it was refused.</source>
      <translation>В пакете плана нет формы отчёта (forms/report_rules.json), а в этой версии программы её нет для плана {plan}, поэтому отчёт заполнить было бы невозможно; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="120" />
      <source>The plan package is incomplete: {name} is missing.</source>
      <translation>Пакет плана неполон: отсутствует {name}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="234" />
      <source>The plan package is not signed by a trusted agency key; it was refused.</source>
      <translation>Пакет плана не подписан доверенным ключом агентства; он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="229" />
      <source>The plan package is not signed; it was refused.</source>
      <translation>Пакет плана не подписан; он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="113" />
      <source>The plan package was changed after it was signed (the agency's signature does not match); it was refused.</source>
      <translation>Пакет плана изменён после подписания (подпись агентства не совпадает); он отклонён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="203" />
      <source>The plan package was refused and nothing was changed: {reason}</source>
      <translation>Пакет плана отклонён, ничего не изменено: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="86" />
      <source>The plan package was refused: {reason}</source>
      <translation>Пакет плана отклонён: {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="98" />
      <source>The plan package's manifest is not readable.</source>
      <translation>Манифест пакета плана не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="107" />
      <source>The plan package's manifest is not valid: {detail}</source>
      <translation>Манифест пакета плана недействителен: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="95" />
      <source>The plan package's manifest is too large; the package was refused.</source>
      <translation>Манифест пакета плана слишком большой; пакет отклонён.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_build.py" line="55" />
      <source>The plan's version ({version}) must be greater than the previous package's ({previous}).</source>
      <translation>Версия плана ({version}) должна быть больше версии предыдущего пакета ({previous}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="179" />
      <source>The predecessor's database in {path} cannot be read: {reason} Nothing was changed.</source>
      <translation>Базу данных предшественника в {path} прочитать нельзя: {reason} Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="155" />
      <source>The private key cannot be opened: wrong password or damaged key file.</source>
      <translation>Закрытый ключ не открывается: неверный пароль или файл ключа повреждён.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="159" />
      <source>The private key is not an Ed25519 key.</source>
      <translation>Закрытый ключ не является ключом Ed25519.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="151" />
      <source>The private key is password-protected: a password is needed.</source>
      <translation>Закрытый ключ защищён паролем: нужен пароль.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="174" />
      <source>The programme text in the package belongs to another plan ({other}).</source>
      <translation>Текст программы в пакете относится к другому плану ({other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_service.py" line="134" />
      <source>The programme {plan} is not installed.</source>
      <translation>Программа {plan} не установлена.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="102" />
      <source>The public key file has no key line.</source>
      <translation>В файле открытого ключа нет строки ключа.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="98" />
      <source>The public key file is empty.</source>
      <translation>Файл открытого ключа пуст.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="67" />
      <source>The public key has the wrong length.</source>
      <translation>Открытый ключ имеет неверную длину.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="149" />
      <source>The receipt is damaged and cannot be read.</source>
      <translation>Квитанция повреждена и не читается.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="189" />
      <source>The receipt is for another package (a replayed or mixed-up receipt).</source>
      <translation>Квитанция относится к другому пакету (повторно использованная или перепутанная квитанция).</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="274" />
      <source>The receipt is not signed by the agency's inbox (forged or damaged): {reason}</source>
      <translation>Квитанция не подписана приёмным ящиком агентства (подделана или повреждена): {reason}</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="147" />
      <source>The receipt is too large to be a receipt.</source>
      <translation>Файл слишком велик для квитанции.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="191" />
      <source>The receipt names another municipality, period or sequence than the package sent.</source>
      <translation>В квитанции указан другой муниципалитет, период или номер, чем у отправленного пакета.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="289" />
      <source>The receipt's signed comment does not match its content.</source>
      <translation>Подписанный комментарий квитанции не совпадает с её содержимым.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="38" />
      <source>The rent cannot be negative.</source>
      <translation>Арендная плата не может быть отрицательной.</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="175" />
      <source>The reply file is damaged and cannot be read.</source>
      <translation>Файл ответа повреждён и не читается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="550" />
      <source>The reply file's signed comment does not match its content.</source>
      <translation>Подписанный комментарий файла ответа не совпадает с его содержимым.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="584" />
      <source>The reply is older than a decision already recorded (replayed); nothing was changed.</source>
      <translation>Этот ответ старше уже записанного решения (повторно использован); ничего не изменено.</translation>
    </message>
    <message>
      <source>The reply speaks of a package this office never sent (sequence {seq}); nothing was changed.</source>
      <translation type="vanished">В ответе говорится о пакете, который этот офис никогда не отправлял (номер {seq}); ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="183" />
      <source>The report form in the package is written for other plans ({other}).</source>
      <translation>Форма отчёта в пакете составлена для других планов ({other}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="280" />
      <source>The server answered {code}.</source>
      <translation>Сервер ответил кодом {code}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="277" />
      <source>The server answered {code}: {reason}</source>
      <translation>Сервер ответил {code}: {reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="283" />
      <source>The setting {key} is empty.</source>
      <translation>Параметр {key} не заполнен.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/import_read.py" line="132" />
      <source>The sheet has more than %n row(s).</source>
      <translation>
        <numerusform>На листе больше %n строки.</numerusform>
        <numerusform>На листе больше %n строк.</numerusform>
        <numerusform>На листе больше %n строк.</numerusform>
      </translation>
    </message>
    <message>
      <source>The sheet has more than {n} rows.</source>
      <translation type="vanished">На листе больше {n} строк.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="228" />
      <source>The signature does not match: the file was changed or forged.</source>
      <translation>Подпись не совпадает: файл был изменён или подделан.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="193" />
      <source>The signature file is not in minisign format.</source>
      <translation>Файл подписи не в формате minisign.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="190" />
      <source>The signature file is too large to be a signature.</source>
      <translation>Файл подписи слишком велик, это не подпись.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="196" />
      <source>The signature has the wrong length.</source>
      <translation>Подпись имеет неверную длину.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="199" />
      <source>The signature uses an unknown algorithm.</source>
      <translation>Подпись использует неизвестный алгоритм.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="220" />
      <source>The signature was made with a different key than the trusted one.</source>
      <translation>Подпись сделана другим ключом, а не доверенным.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="234" />
      <source>The signed comment was changed: the signature is not valid.</source>
      <translation>Подписанный комментарий изменён: подпись недействительна.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="143" />
      <source>The signing key {path} is not on this computer (it is kept offline): insert its stick and give --key.</source>
      <translation>Ключа подписи {path} нет на этом компьютере (он хранится вне сети): вставьте его флешку и укажите --key.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="437" />
      <source>The table has no measures.</source>
      <translation>В таблице нет мероприятий.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="91" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Текст программы для этого плана недоступен.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="380" />
      <source>The title is empty.</source>
      <translation>Название не заполнено.</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="202" />
      <source>The trusted comment signature has the wrong length.</source>
      <translation>Подпись доверенного комментария имеет неверную длину.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="131" />
      <source>The two passwords differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/valuation.py" line="23" />
      <source>The value cannot be negative.</source>
      <translation>Стоимость не может быть отрицательной.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="202" />
      <source>The workbook has no sheet {sheets}; start from msu-agency plan template.</source>
      <translation>В книге нет листа {sheets}; начните с msu-agency plan template.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="151" />
      <source>There is no database to back up in {path}.</source>
      <translation>В {path} нет базы данных для резервного копирования.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/valuation.py" line="27" />
      <source>There is no property object {id}.</source>
      <translation>Объекта имущества {id} нет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="113" />
      <source>There is no such lease.</source>
      <translation>Такого договора аренды нет.</translation>
    </message>
    <message>
      <location filename="msu_exchange/files.py" line="36" />
      <source>There is not enough free space on {path}. Free some space or choose another drive; nothing was changed.</source>
      <translation>На {path} недостаточно свободного места. Освободите место или выберите другой диск; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/storage/migrate.py" line="231" />
      <source>This database was created by a newer version of MSU Desktop (schema {revision}). Install the newer version; the database has not been changed.</source>
      <translation>Эта база данных создана более новой версией MSU Desktop (схема {revision}). Установите новую версию; база данных не изменена.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="227" />
      <source>This file cannot be read: {path}: {reason}. Open it in Excel or LibreOffice, save it again as an Excel workbook (.xlsx) and import that copy.</source>
      <translation>Этот файл не удаётся прочитать: {path}: {reason}. Откройте его в Excel или LibreOffice, сохраните заново как книгу Excel (.xlsx) и импортируйте эту копию.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="223" />
      <source>This fingerprint is already expected for {other}; one key signs for one municipality only.</source>
      <translation>Этот отпечаток уже ожидается для {other}; один ключ подписывает только за один муниципалитет.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="230" />
      <source>This fingerprint is already registered for {other}; one key signs for one municipality only.</source>
      <translation>Этот отпечаток уже зарегистрирован для {other}; один ключ подписывает только за один муниципалитет.</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="243" />
      <source>This is not a decision of the agency's inbox.</source>
      <translation>Это не решение приёмного ящика агентства.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="79" />
      <source>This is not a directory package (it has no manifest): {name}</source>
      <translation>Это не пакет справочника (в нём нет манифеста): {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="101" />
      <source>This is not a directory package: {name}</source>
      <translation>Это не пакет справочника: {name}</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="324" />
      <source>This is not a hold of the agency's inbox.</source>
      <translation>Это не уведомление о задержке от приёмного ящика агентства.</translation>
    </message>
    <message>
      <location filename="msu_exchange/safe_zip.py" line="279" />
      <source>This is not a package, or the file is truncated or damaged: {path}</source>
      <translation>Это не пакет, либо файл обрезан или повреждён: {path}</translation>
    </message>
    <message>
      <location filename="msu_exchange/receipt.py" line="148" />
      <source>This is not a receipt of the agency's inbox.</source>
      <translation>Это не квитанция приёмного ящика агентства.</translation>
    </message>
    <message>
      <location filename="msu_exchange/reply.py" line="149" />
      <source>This is not a reply file of the agency.</source>
      <translation>Это не файл ответа агентства.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="119" />
      <source>This is not a report package (it has no manifest).</source>
      <translation>Это не пакет отчёта (нет манифеста).</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="124" />
      <source>This is not a report package (unknown manifest).</source>
      <translation>Это не пакет отчёта (неизвестный манифест).</translation>
    </message>
    <message>
      <location filename="msu_exchange/signing/minisign.py" line="91" />
      <source>This is not an Ed25519 minisign public key.</source>
      <translation>Это не открытый ключ minisign Ed25519.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="246" />
      <source>This key is already registered for {other}; one key signs for one municipality only.</source>
      <translation>Этот ключ уже зарегистрирован для {other}; один ключ подписывает только за один муниципалитет.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="215" />
      <source>This key is already the registered key of {soate}.</source>
      <translation>Этот ключ уже зарегистрирован для {soate}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="101" />
      <source>This key is already trusted for another purpose; one key does one job only.</source>
      <translation>Этому ключу уже доверено другое назначение; один ключ выполняет только одну задачу.</translation>
    </message>
    <message>
      <location filename="msu_exchange/plan_package.py" line="256" />
      <source>This package holds version {version} of the plan, but version {installed} is already installed. An older or the same version is never installed again.</source>
      <translation>В пакете версия плана {version}, а уже установлена версия {installed}. Более старая или та же версия повторно не устанавливается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/delivery.py" line="552" />
      <source>This reply is for another municipality (СОАТЕ {other}), not for this office ({mine}); nothing was changed.</source>
      <translation>Этот ответ для другого муниципалитета (СОАТЕ {other}), а не для этого офиса ({mine}); ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="406" />
      <source>Too many uploads signed by this key in one minute; the outbox tries again by itself.</source>
      <translation>Слишком много загрузок, подписанных этим ключом, за минуту; исходящие повторят попытку сами.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/trust.py" line="120" />
      <source>Type the whole fingerprint (32 characters) from the agency's letter.</source>
      <translation>Введите отпечаток полностью (32 символа) из письма агентства.</translation>
    </message>
    <message>
      <location filename="msu_agency/registry.py" line="209" />
      <source>Type the whole fingerprint (32 characters) from the municipality's stamped paper report.</source>
      <translation>Введите отпечаток целиком (32 символа) из заверенного печатью бумажного отчёта муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/decisions.py" line="30" />
      <source>Unknown kind of decision {kind}.</source>
      <translation>Неизвестный вид решения {kind}.</translation>
    </message>
    <message>
      <location filename="msu_exchange/report_package.py" line="125" />
      <source>Unknown package format version {version}; a newer MSU Desktop is needed.</source>
      <translation>Неизвестная версия формата пакета {version}; нужен более новый MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="55" />
      <source>Unknown property category {category}.</source>
      <translation>Неизвестная категория имущества {category}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="40" />
      <source>Unknown rent period {period}.</source>
      <translation>Неизвестный период арендной платы {period}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/init.py" line="89" />
      <source>Use a passphrase of at least {n} characters for {what}.</source>
      <translation>Парольная фраза ({what}) должна быть не короче {n} символов.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="133" />
      <source>Use a password of at least 8 characters.</source>
      <translation>Используйте пароль не короче 8 символов.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_publish.py" line="59" />
      <source>Version {version} of this plan is not newer than the installed version {installed}; raise the version in the sheet programme.</source>
      <translation>Версия {version} этого плана не новее установленной версии {installed}; увеличьте версию на листе programme.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/inbox.py" line="223" />
      <source>Write a comment as MEASURE=TEXT, e.g. 1.1.3=…</source>
      <translation>Запишите комментарий как МЕРОПРИЯТИЕ=ТЕКСТ, например 1.1.3=…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="221" />
      <source>{bad} of the {total} СОАТЕ codes in the municipality directory are not valid (14 digits beginning with 417), e.g. {examples}; nothing was changed, the old directory is kept.</source>
      <translation>{bad} из {total} кодов СОАТЕ в справочнике муниципалитетов неверны (нужно 14 цифр, начиная с 417), например: {examples}; ничего не изменено, прежний справочник сохранён.</translation>
    </message>
    <message>
      <source>{field} cannot be negative.</source>
      <translation type="vanished">{field} не может быть отрицательным.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/leases.py" line="54" />
      <source>{field}: longer than {n} characters.</source>
      <translation>{field}: длиннее {n} символов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="249" />
      <source>{lines} The register of {name} was not brought in: correct the rows named and try again. Nothing was changed.</source>
      <translation>{lines} Реестр {name} не перенесён: исправьте названные строки и повторите. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="122" />
      <source>{name} contains XML entity definitions, which no Excel workbook has (an entity bomb). Nothing was imported.</source>
      <translation>{name} содержит определения XML-сущностей, которых не бывает ни в одной книге Excel («бомба» сущностей). Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="209" />
      <source>{name} does not contain a database.</source>
      <translation>{name} не содержит базы данных.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="283" />
      <source>{name} does not hold an MSU Desktop database: the database in it belongs to another program. Nothing was changed.</source>
      <translation>В {name} нет базы данных MSU Desktop: база в нём принадлежит другой программе. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="400" />
      <source>{name} holds the data of another municipality ({backup_of}); this data folder belongs to {current}. Nothing was changed.</source>
      <translation>{name} содержит данные другого муниципалитета ({backup_of}); эта папка данных принадлежит муниципалитету {current}. Ничего не изменено.</translation>
    </message>
    <message>
      <source>{name} is damaged: its database fails the integrity check ({detail}).</source>
      <translation type="vanished">{name} повреждена: её база данных не проходит проверку целостности ({detail}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="296" />
      <source>{name} is damaged: its database fails the integrity check. Nothing was changed.</source>
      <translation>{name} повреждена: база данных в ней не проходит проверку целостности. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="251" />
      <source>{name} is damaged: the file {file} does not match its checksum.</source>
      <translation>{name} повреждена: файл {file} не совпадает с контрольной суммой.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="239" />
      <source>{name} is incomplete or was changed (file {file}).</source>
      <translation>{name} неполна или изменена (файл {file}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="226" />
      <source>{name} is not a usable backup: {detail}</source>
      <translation>{name} — непригодная резервная копия: {detail}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="266" />
      <source>{name} is not an MSU Desktop backup.</source>
      <translation>{name} не является резервной копией MSU Desktop.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="402" />
      <source>{name} is not in the glossary of organisations.</source>
      <translation>{name} нет в справочнике организаций.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="43" />
      <source>{name} is {kind}, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it as «Excel Workbook (.xlsx)», then import that file.</source>
      <translation>{name} — это {kind}, а не книга Excel (.xlsx). Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)», затем импортируйте этот файл.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="289" />
      <source>{name} was made by a newer version of MSU Desktop (schema {revision}). Install that version to restore it; nothing was changed.</source>
      <translation>{name} создана более новой версией MSU Desktop (схема {revision}). Чтобы восстановить её, установите эту версию; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/backup.py" line="204" />
      <source>{name} was made by another version of MSU Desktop and cannot be read.</source>
      <translation>{name} создана другой версией MSU Desktop и не может быть прочитана.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="106" />
      <source>{name} would take more than {mb} MB once unpacked: it is damaged or not a register. Nothing was imported.</source>
      <translation>{name} после распаковки занял бы больше {mb} МБ: файл повреждён или это не реестр. Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="430" />
      <source>{number} is in this sheet but missing from the sheet {other}.</source>
      <translation>{number} есть на этом листе, но отсутствует на листе {other}.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/keys.py" line="140" />
      <source>{path} exists already; a key is never overwritten.</source>
      <translation>{path} уже существует; ключ никогда не перезаписывается.</translation>
    </message>
    <message>
      <location filename="msu_agency/cli/plan.py" line="83" />
      <source>{path} exists already; nothing was written.</source>
      <translation>{path} уже существует; ничего не записано.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="240" />
      <source>{path} has no visible sheet.</source>
      <translation>В файле {path} нет видимого листа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="352" />
      <source>{path} holds no municipality: it is not a predecessor's data; nothing was changed.</source>
      <translation>В {path} нет муниципалитета: это не данные предшественника; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="245" />
      <source>{path} is not a Word document (.docx) that can be read.</source>
      <translation>{path} не является читаемым документом Word (.docx).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="162" />
      <source>{path} is not a data folder of MSU Desktop (it has no {file}); nothing was changed.</source>
      <translation>{path} — не папка данных MSU Desktop (в ней нет {file}); ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_agency/plan_build.py" line="107" />
      <source>{path} is not a plan file.</source>
      <translation>{path} не является файлом плана.</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="194" />
      <source>{path} is not an Action Plan workbook (.xlsx) that can be read.</source>
      <translation>{path} не является читаемой книгой Плана действий (.xlsx).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="221" />
      <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
      <translation>{path} не является читаемой книгой Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="111" />
      <source>{path}: no aiyl aimak or city with a 14-digit СОАТЕ code was found{examples}.</source>
      <translation>{path}: не найдено ни одного айылного аймака или города с 14-значным кодом СОАТЕ{examples}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="133" />
      <source>{problem}</source>
      <translation>{problem}</translation>
    </message>
    <message>
      <location filename="msu_desktop/cli/backup.py" line="54" />
      <source>{problem} To restore it anyway, add --other-municipality.</source>
      <translation>{problem} Чтобы всё же восстановить её, добавьте --other-municipality.</translation>
    </message>
    <message>
      <location filename="msu_exchange/directory_package.py" line="128" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="341" />
      <source>{value} is not a date (31.12.2028).</source>
      <translation>{value} не является датой (31.12.2028).</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="361" />
      <source>{value} is not a number of the plan (1, 1.1, 1.1.1).</source>
      <translation>{value} не является номером плана (1, 1.1, 1.1.1).</translation>
    </message>
    <message>
      <location filename="msu_agency/action_plan.py" line="301" />
      <source>{value} is not a whole number here.</source>
      <translation>{value} здесь не является целым числом.</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="187" />
      <source>{what} is not a readable JSON file: {detail}</source>
      <translation>{what}: файл не читается как JSON: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="82" />
      <source>{what} is not valid: at {where}: {detail}</source>
      <translation>{what}: ошибка в данных, место {where}: {detail}</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="196" />
      <source>{what} was not found: {path}</source>
      <translation>{what}: не найден: {path}</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="73" />
      <source>{what}: no header row with the columns {columns} was found in the first 30 rows.</source>
      <translation>{what}: в первых 30 строках нет строки заголовков со столбцами {columns}.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="164" />
      <source>{where}: «{code}» is not a 14-digit СОАТЕ code; nothing was built.</source>
      <translation>{where}: «{code}» — не 14-значный код СОАТЕ; ничего не собрано.</translation>
    </message>
    <message>
      <location filename="msu_agency/directory_import.py" line="138" />
      <source>{where}: «{value}» is not a date.</source>
      <translation>{where}: «{value}» — не дата.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="56" />
      <source>«{text}» is not a date (YYYY-MM-DD).</source>
      <translation>«{text}» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/outgoing.py" line="45" />
      <source>«{typed}» is not a date: write the outgoing date as DD.MM.YYYY.</source>
      <translation>«{typed}» — не дата: укажите дату исходящего письма в виде ДД.ММ.ГГГГ.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="151" />
      <source>(continued)</source>
      <translation>(продолжение)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="103" />
      <source>Annex No. {annex}</source>
      <translation>Приложение № {annex}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="490" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="114" />
      <source>Dates, document, files</source>
      <translation>Сроки, документ, файлы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="233" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="49" />
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="139" />
      <source>Done.</source>
      <translation>Готово.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="495" />
      <source>Electronic package fingerprint</source>
      <translation>Отпечаток электронного пакета</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="47" />
      <source>End</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="52" />
      <source>Files</source>
      <translation>Файлы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="481" />
      <source>Head of the aiyl okmotu</source>
      <translation>Глава айыл окмоту</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="236" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="123" />
      <source>Laying out the pages…</source>
      <translation>Раскладка страниц…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="122" />
      <source>Mayor</source>
      <translation>Мэр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="232" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="95" />
      <source>Measures: {total}, reported: {reported}, deadline passed: {missed}. Money spent: {money} som.</source>
      <translation>Мер: {total}, отчитано: {reported}, срок истёк: {missed}. Израсходовано: {money} сом.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="151" />
      <source>Money, som</source>
      <translation>Средства, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="231" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="491" />
      <source>Place for the seal</source>
      <translation>М.П.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="238" />
      <source>Problems</source>
      <translation>Возникшие проблемы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_pdf.py" line="117" />
      <source>Problems and proposals</source>
      <translation>Проблемы и предложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="145" />
      <source>Programme text</source>
      <translation>Текст программы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="239" />
      <source>Proposals</source>
      <translation>Предложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="221" />
      <source>Report</source>
      <translation>Отчёт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="222" />
      <source>Report on the implementation of the Action Plan for {period}</source>
      <translation>Отчёт о реализации Плана действий за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="486" />
      <source>Responsible secretary</source>
      <translation>Ответственный секретарь</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="487" />
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="45" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="234" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="114" />
      <source>To: {agency}</source>
      <translation>Кому: {agency}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="279" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/text_pdf.py" line="151" />
      <source>User guide</source>
      <translation>Руководство пользователя</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="235" />
      <source>What was done</source>
      <translation>Что сделано</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="159" />
      <source>deadline passed</source>
      <translation>срок истёк</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/pdf_layout.py" line="494" />
      <source>not approved</source>
      <translation>не утверждён</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="31" />
      <source>not reported</source>
      <translation>нет отчёта</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/xlsx_print.py" line="464" />
      <source>page {n} of {total}</source>
      <translation>страница {n} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="301" />
      <source>report for {period}</source>
      <translation>отчёт за {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_xlsx.py" line="237" />
      <source>som</source>
      <translation>сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="104" />
      <source>to the letter ref. No. {number} of {date}</source>
      <translation>к исх. № {number} от {date}</translation>
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
      <translation>Перенесено из предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/field_row.py" line="71" />
      <source>Comments on this value</source>
      <translation>Комментарии к этому значению</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/field_row.py" line="60" />
      <source>History of this value</source>
      <translation>История этого значения</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="msu_desktop/services/export/report_cells.py" line="80" />
      <source>The Kyrgyz names of oblasts and rayons</source>
      <translation>Кыргызские названия областей и районов</translation>
    </message>
    <message>
      <source>The import column names</source>
      <translation type="vanished">Названия столбцов для импорта</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="154" />
      <source>The municipality directory</source>
      <translation>Справочник муниципалитетов</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="227" />
      <source>The plan file</source>
      <translation>Файл плана</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="249" />
      <source>The programme text</source>
      <translation>Текст программы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="165" />
      <source>The property categories</source>
      <translation>Категории имущества</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="50" />
      <source>The property register's fields</source>
      <translation>Поля реестра имущества</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="241" />
      <source>The report form rules</source>
      <translation>Правила формы отчёта</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="122" />
      <source>a field this format does not have ({field})</source>
      <translation>поле, которого нет в этом формате ({field})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="95" />
      <source>a group of fields</source>
      <translation>группа полей</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="96" />
      <source>a list</source>
      <translation>список</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="94" />
      <source>a number</source>
      <translation>число</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="135" />
      <source>a number above the largest allowed ({limit})</source>
      <translation>число больше наибольшего допустимого ({limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="133" />
      <source>a number below the smallest allowed ({limit})</source>
      <translation>число меньше наименьшего допустимого ({limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="139" />
      <source>a text that is too long (at most {limit} characters)</source>
      <translation>слишком длинный текст (не более {limit} знаков)</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="137" />
      <source>a text that is too short</source>
      <translation>слишком короткий текст</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="110" />
      <source>a value of the wrong kind ({kind} was expected)</source>
      <translation>значение не того вида (ожидалось: {kind})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="127" />
      <source>a value that is not one of those allowed ({allowed})</source>
      <translation>значение не из числа допустимых ({allowed})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="149" />
      <source>a value that is not written in the expected form</source>
      <translation>значение записано не в ожидаемом виде</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="150" />
      <source>a value this format does not allow</source>
      <translation>значение, которое этот формат не допускает</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="93" />
      <source>a whole number</source>
      <translation>целое число</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="147" />
      <source>an entry that appears twice</source>
      <translation>запись, которая встречается дважды</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="157" />
      <source>it is not text in UTF-8 (an unreadable byte at position {position})</source>
      <translation>это не текст в кодировке UTF-8 (нечитаемый байт в позиции {position})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="212" />
      <source>line {line}: «{code}»</source>
      <translation>строка {line}: «{code}»</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="98" />
      <source>nothing</source>
      <translation>пустое значение</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="92" />
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="163" />
      <source>the JSON text is broken at line {line}, column {column}</source>
      <translation>текст JSON нарушен в строке {line}, столбце {column}</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="170" />
      <source>the JSON text is nested too deeply</source>
      <translation>текст JSON имеет слишком глубокую вложенность</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="171" />
      <source>the content cannot be read</source>
      <translation>содержимое не читается</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="114" />
      <source>the field {field} is missing</source>
      <translation>нет поля {field}</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="143" />
      <source>too few entries (at least {limit})</source>
      <translation>слишком мало записей (не менее {limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="145" />
      <source>too many entries (at most {limit})</source>
      <translation>слишком много записей (не более {limit})</translation>
    </message>
    <message>
      <location filename="msu_exchange/documents.py" line="97" />
      <source>yes or no</source>
      <translation>да или нет</translation>
    </message>
  </context>
  <context>
    <name>FilesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/files_dialog.py" line="40" />
      <source>&amp;Add…</source>
      <translation>&amp;Добавить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/files_dialog.py" line="76" />
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
      <location filename="msu_desktop/gui/history.py" line="140" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="142" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="161" />
      <source>No changes yet.</source>
      <translation>Изменений пока нет.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="143" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="141" />
      <source>Old value</source>
      <translation>Прежнее значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="138" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/history.py" line="139" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
  </context>
  <context>
    <name>Inbox</name>
    <message>
      <location filename="msu_agency/inbox/store.py" line="700" />
      <source>A newer package of this period has arrived; decide on that one.</source>
      <translation>Поступил более новый пакет этого периода; решайте по нему.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="97" />
      <source>A staff login is Latin letters and digits (dots and dashes allowed).</source>
      <translation>Логин сотрудника — латинские буквы и цифры (допускаются точки и дефисы).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="130" />
      <source>Download the plan package (.msuplan) for a USB stick</source>
      <translation>Скачать пакет плана (.msuplan) для флешки</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="120" />
      <source>No plan is published yet.</source>
      <translation>План ещё не опубликован.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="131" />
      <source>Offices with an upload address get it by themselves and are asked before it is installed; an office without one imports this file with File → Import a plan package.</source>
      <translation>Офисы с адресом отправки получают его сами, и перед установкой у них спрашивают согласия; офис без адреса импортирует этот файл через Файл → Импорт пакета плана.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="122" />
      <source>Plan {plan}, version {version}, issued {issued}.</source>
      <translation>План {plan}, версия {version}, выпущен {issued}.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="207" />
      <source>Received, held until your key is confirmed: the agency has not confirmed the key {fingerprint} for your municipality yet. Send the stamped paper report with this fingerprint to the agency; the receipt follows by itself once it is confirmed.</source>
      <translation>Получено, задержано до подтверждения вашего ключа: агентство ещё не подтвердило ключ {fingerprint} для вашего муниципалитета. Отправьте в агентство бумажный отчёт с печатью и этим отпечатком; после подтверждения квитанция придёт сама.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="705" />
      <source>Say what to correct: a package is returned with at least one comment.</source>
      <translation>Укажите, что исправить: пакет возвращается хотя бы с одним комментарием.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="208" />
      <source>Send the package file itself as the body (application/zip), not a form.</source>
      <translation>Отправьте сам файл пакета (application/zip), а не форму.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="75" />
      <source>The agency has not published a plan here yet.</source>
      <translation>Агентство ещё не опубликовало здесь план.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="330" />
      <source>The inbox does not accept this method here.</source>
      <translation>Приёмный ящик не принимает здесь такой запрос.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="698" />
      <source>The inbox has no package with this SHA-256.</source>
      <translation>В приёмном ящике нет пакета с таким SHA-256.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="96" />
      <source>The inbox has no plan package with this SHA-256.</source>
      <translation>В приёмном сервере нет пакета плана с таким SHA-256.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="100" />
      <source>The inbox has no such address.</source>
      <translation>У приёмного ящика нет такого адреса.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="200" />
      <source>The last staff account cannot be removed.</source>
      <translation>Последнюю учётную запись сотрудника удалить нельзя.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="175" />
      <source>The login {login} exists already.</source>
      <translation>Логин {login} уже есть.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/store.py" line="712" />
      <source>The package has no measure {code}.</source>
      <translation>В пакете нет мероприятия {code}.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="264" />
      <source>The package is larger than the inbox accepts ({limit} MB).</source>
      <translation>Пакет больше, чем принимает приёмный ящик ({limit} МБ).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="118" />
      <source>The published plan</source>
      <translation>Опубликованный план</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="285" />
      <source>The upload was empty.</source>
      <translation>Загрузка была пустой.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="211" />
      <source>There is no login {login}.</source>
      <translation>Логина {login} нет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="304" />
      <source>This is not a package's SHA-256.</source>
      <translation>Это не SHA-256 пакета.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/server.py" line="195" />
      <source>Too many refused uploads from this address in one minute; wait a minute.</source>
      <translation>С этого адреса за минуту отклонено слишком много загрузок; подождите минуту.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/plan_routes.py" line="55" />
      <source>Too many requests from this address in one minute; wait a minute.</source>
      <translation>Слишком много запросов с этого адреса за минуту; подождите минуту.</translation>
    </message>
    <message>
      <source>Too many uploads from this municipality in one minute; the outbox tries again by itself.</source>
      <translation type="vanished">Слишком много загрузок от этого муниципалитета за минуту; исходящий ящик сам попробует снова.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/staff.py" line="102" />
      <source>Use a password of at least %n character(s).</source>
      <translation>
        <numerusform>Используйте пароль не короче %n символа.</numerusform>
        <numerusform>Используйте пароль не короче %n символов.</numerusform>
        <numerusform>Используйте пароль не короче %n символов.</numerusform>
      </translation>
    </message>
    <message>
      <source>Use a password of at least {n} characters.</source>
      <translation type="vanished">Используйте пароль не короче {n} символов.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff.py" line="198" />
      <source>You cannot remove your own account.</source>
      <translation>Свою собственную учётную запись удалить нельзя.</translation>
    </message>
  </context>
  <context>
    <name>LeaseDialog</name>
    <message>
      <source>Auction protocol No.:</source>
      <translation>№ протокола аукциона:</translation>
    </message>
    <message>
      <source>Auction protocol date:</source>
      <translation>Дата протокола аукциона:</translation>
    </message>
    <message>
      <source>Awarded:</source>
      <translation>Предоставлено:</translation>
    </message>
    <message>
      <source>Contract No.:</source>
      <translation>№ договора:</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Окончание:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="82" />
      <source>Enter the lessee.</source>
      <translation>Укажите арендатора.</translation>
    </message>
    <message>
      <source>Lease</source>
      <translation>Аренда</translation>
    </message>
    <message>
      <source>Lessee:</source>
      <translation>Арендатор:</translation>
    </message>
    <message>
      <source>Reason (direct award):</source>
      <translation>Основание (без аукциона):</translation>
    </message>
    <message>
      <source>Rent period:</source>
      <translation>Период оплаты:</translation>
    </message>
    <message>
      <source>Rent, som:</source>
      <translation>Арендная плата, сом:</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Начало:</translation>
    </message>
    <message>
      <source>The lessee is a private person</source>
      <translation>Арендатор — физическое лицо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="52" />
      <source>by auction</source>
      <translation>по итогам аукциона</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="53" />
      <source>directly</source>
      <translation>без аукциона</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="47" />
      <source>per month</source>
      <translation>в месяц</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="48" />
      <source>per quarter</source>
      <translation>в квартал</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="49" />
      <source>per year</source>
      <translation>в год</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="320" />
      <source>&amp;About</source>
      <translation>&amp;О программе</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="288" />
      <source>&amp;Back up to a USB stick…</source>
      <translation>&amp;Резервная копия на флешку…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="328" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="277" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="314" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="282" />
      <source>&amp;Import a plan package…</source>
      <translation>&amp;Импорт пакета плана…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="296" />
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
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
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="335" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="291" />
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="332" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="315" />
      <source>&amp;User guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="403" />
      <source>Back up to…</source>
      <translation>Сохранить резервную копию в…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="408" />
      <source>Backing up…</source>
      <translation>Резервное копирование…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="414" />
      <source>Backup saved and checked: {path}</source>
      <translation>Резервная копия сохранена и проверена: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="424" />
      <source>Backups (msu-backup-*.zip)</source>
      <translation>Резервные копии (msu-backup-*.zip)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="285" />
      <source>Import a &amp;reply from the agency…</source>
      <translation>Импорт &amp;ответа агентства…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="180" />
      <source>Import a plan package…</source>
      <translation>Импорт пакета плана…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="499" />
      <source>MSU Desktop {version}
Reports on the Local Self-Government Development Programme and the municipal property register.
Data folder: {path}</source>
      <translation>MSU Desktop {version}
Отчёты по Программе развития местного самоуправления и реестр муниципального имущества.
Папка данных: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="112" />
      <source>Not sent: {reason}</source>
      <translation>Не отправлено: {reason}</translation>
    </message>
    <message>
      <source>Plan {plan} v{version}</source>
      <translation type="vanished">План {plan}, версия {version}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="433" />
      <source>Replace the current data with the backup of {date}? The current data is kept aside in the data folder, not deleted.</source>
      <translation>Заменить текущие данные резервной копией от {date}? Текущие данные сохранятся в папке данных, они не удаляются.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="424" />
      <source>Restore from a backup</source>
      <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="452" />
      <source>Restore this other municipality's data anyway?</source>
      <translation>Всё равно восстановить данные этого другого муниципалитета?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="476" />
      <source>Restoring the backup…</source>
      <translation>Восстановление из резервной копии…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="466" />
      <source>The backup was restored. The previous data was kept in {path}.</source>
      <translation>Резервная копия восстановлена. Прежние данные сохранены в {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="527" />
      <source>The programme ended on {date}: its reports are kept as an archive and can still be completed. For the current programme, import its plan package from the agency (File → Import a plan package…).</source>
      <translation>Программа закончилась {date}: её отчёты хранятся как архив, их ещё можно дополнить. Для текущей программы импортируйте её пакет плана из агентства (Файл → Импорт пакета плана…).</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="212" />
      <source>This page cannot be shown: {reason}</source>
      <translation>Эту страницу нельзя показать: {reason}</translation>
    </message>
    <message>
      <source>{programme} ended on {date}. Its reports stay here as an archive and can still be completed. To report on the current programme, import its plan package from the agency: File → Import a plan package…</source>
      <translation type="vanished">«{programme}» закончилась {date}. Её отчёты остаются здесь как архив, их ещё можно дополнить. Чтобы отчитываться по текущей программе, импортируйте её пакет плана из агентства: Файл → Импорт пакета плана…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/main_window.py" line="515" />
      <source>{programme}, version {version}</source>
      <translation>{programme}, версия {version}</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Address</source>
      <translation type="vanished">Адрес</translation>
    </message>
    <message>
      <source>Area or quantity</source>
      <translation type="vanished">Площадь или количество</translation>
    </message>
    <message>
      <source>Basis document</source>
      <translation type="vanished">Документ-основание</translation>
    </message>
    <message>
      <source>Book value</source>
      <translation type="vanished">Балансовая стоимость</translation>
    </message>
    <message>
      <source>Cadastral code (ЕНИ)</source>
      <translation type="vanished">Кадастровый код (ЕНИ)</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="vanished">Категория</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="40" />
      <source>Columns of the spreadsheet</source>
      <translation>Столбцы таблицы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="94" />
      <source>Columns that are not imported (tick to keep them in the notes):</source>
      <translation>Столбцы, которые не импортируются (отметьте, чтобы сохранить их в примечании):</translation>
    </message>
    <message>
      <source>Condition</source>
      <translation type="vanished">Состояние</translation>
    </message>
    <message>
      <source>Initial value</source>
      <translation type="vanished">Первоначальная стоимость</translation>
    </message>
    <message>
      <source>Inventory number</source>
      <translation type="vanished">Инвентарный номер</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="vanished">Наименование</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="vanished">Примечания</translation>
    </message>
    <message>
      <source>Residual value</source>
      <translation type="vanished">Остаточная стоимость</translation>
    </message>
    <message>
      <source>State registration</source>
      <translation type="vanished">Госрегистрация</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="82" />
      <source>The first rows:</source>
      <translation>Первые строки:</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Ед. изм.</translation>
    </message>
    <message>
      <source>Use</source>
      <translation type="vanished">Использование</translation>
    </message>
    <message>
      <source>Village</source>
      <translation type="vanished">Село</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="vanished">Год</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="53" />
      <source>— not in the file —</source>
      <translation>— нет в файле —</translation>
    </message>
  </context>
  <context>
    <name>MeasureModel</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="238" />
      <source>%n to fix</source>
      <translation>
        <numerusform>исправить: %n</numerusform>
        <numerusform>исправить: %n</numerusform>
        <numerusform>исправить: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="246" />
      <source>Carried forward from the previous period</source>
      <translation>Перенесено из предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>Measure</source>
      <translation>Мера</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="211" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="248" />
      <source>The measure's own deadline ({date}) has passed.</source>
      <translation>Срок самой меры ({date}) истёк.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="240" />
      <source>deadline passed</source>
      <translation>срок истёк</translation>
    </message>
    <message>
      <source>{n} to fix</source>
      <translation type="vanished">исправить: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="234" />
      <source>— not reported —</source>
      <translation>— нет отчёта —</translation>
    </message>
  </context>
  <context>
    <name>Municipality</name>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="25" />
      <source>A Kyrgyz СОАТЕ code starts with 417.</source>
      <translation>Код СОАТЕ Кыргызстана начинается с 417.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="309" />
      <source>Changed: {name}.</source>
      <translation>Изменено: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="287" />
      <source>Ends: {name}, valid until {date}.</source>
      <translation>Прекращает действие: {name}, действует до {date}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/workspace.py" line="269" />
      <source>Enter the municipality's name.</source>
      <translation>Введите название муниципалитета.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="274" />
      <source>New: {name}, from {date}, succeeding {names}.</source>
      <translation>Новый: {name}, с {date}, правопреемник: {names}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="283" />
      <source>New: {name}.</source>
      <translation>Новый: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="312" />
      <source>Removed: {name}.</source>
      <translation>Удалён: {name}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="296" />
      <source>Renamed: {old} → {new}.</source>
      <translation>Переименован: {old} → {new}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="134" />
      <source>The directory has a cycle of successors: {chain}. A municipality cannot succeed itself; nothing was changed.</source>
      <translation>В справочнике цикл правопреемников: {chain}. Муниципалитет не может быть правопреемником самого себя; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="19" />
      <source>The СОАТЕ code is required: 14 digits, starting with 417.</source>
      <translation>Код СОАТЕ обязателен: 14 цифр, начиная с 417.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="21" />
      <source>The СОАТЕ code must contain digits only.</source>
      <translation>Код СОАТЕ должен состоять только из цифр.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="23" />
      <source>The СОАТЕ code must have exactly 14 digits.</source>
      <translation>Код СОАТЕ должен содержать ровно 14 цифр.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="159" />
      <source>{code} is listed twice for the same time; each version of a municipality needs its own validity.</source>
      <translation>{code} указан дважды на одно и то же время; у каждой версии муниципалитета должен быть свой срок действия.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/municipality.py" line="146" />
      <source>{code}: valid until {until} is before valid from {start}.</source>
      <translation>{code}: дата окончания {until} раньше даты начала {start}.</translation>
    </message>
  </context>
  <context>
    <name>MunicipalityDialog</name>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="85" />
      <source>Aiyl okmotu</source>
      <translation>Айыл окмоту</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/municipality_dialog.py" line="86" />
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
      <location filename="msu_desktop/gui/municipality_dialog.py" line="84" />
      <source>Language:</source>
      <translation>Язык / Тил:</translation>
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
      <source>Address:</source>
      <translation type="vanished">Адрес:</translation>
    </message>
    <message>
      <source>Area or quantity:</source>
      <translation type="vanished">Площадь или количество:</translation>
    </message>
    <message>
      <source>Basis document date</source>
      <translation type="vanished">Дата документа-основания</translation>
    </message>
    <message>
      <source>Basis document number</source>
      <translation type="vanished">Номер документа-основания</translation>
    </message>
    <message>
      <source>Basis document:</source>
      <translation type="vanished">Документ-основание:</translation>
    </message>
    <message>
      <source>Book value, som:</source>
      <translation type="vanished">Балансовая стоимость, сом:</translation>
    </message>
    <message>
      <source>Cadastral code (ЕНИ):</source>
      <translation type="vanished">Кадастровый код (ЕНИ):</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation type="vanished">Категория:</translation>
    </message>
    <message>
      <source>Condition:</source>
      <translation type="vanished">Состояние:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="30" />
      <source>Council decision</source>
      <translation>Решение кенеша</translation>
    </message>
    <message>
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <source>Fields of the category</source>
      <translation>Поля категории</translation>
    </message>
    <message>
      <source>GPS latitude:</source>
      <translation type="vanished">GPS широта:</translation>
    </message>
    <message>
      <source>GPS longitude:</source>
      <translation type="vanished">GPS долгота:</translation>
    </message>
    <message>
      <source>Initial value, som:</source>
      <translation type="vanished">Первоначальная стоимость, сом:</translation>
    </message>
    <message>
      <source>Internal notes</source>
      <translation>Внутренние заметки</translation>
    </message>
    <message>
      <source>Internal notes:</source>
      <translation type="vanished">Служебные примечания:</translation>
    </message>
    <message>
      <source>Inventory number:</source>
      <translation type="vanished">Инвентарный номер:</translation>
    </message>
    <message>
      <source>Its date:</source>
      <translation type="vanished">Дата документа:</translation>
    </message>
    <message>
      <source>Its number:</source>
      <translation type="vanished">Номер документа:</translation>
    </message>
    <message>
      <source>Name (Kyrgyz):</source>
      <translation type="vanished">Наименование (кыргызское):</translation>
    </message>
    <message>
      <source>Name (Russian):</source>
      <translation type="vanished">Наименование (русское):</translation>
    </message>
    <message>
      <source>Not published: left out of the public register</source>
      <translation>Не публикуются: в открытый реестр не попадают</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="27" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="31" />
      <source>Photos and documents</source>
      <translation>Фотографии и документы</translation>
    </message>
    <message>
      <source>Property object</source>
      <translation>Объект имущества</translation>
    </message>
    <message>
      <source>Registered on:</source>
      <translation type="vanished">Дата регистрации:</translation>
    </message>
    <message>
      <source>Residual value, som:</source>
      <translation type="vanished">Остаточная стоимость, сом:</translation>
    </message>
    <message>
      <source>Size and how it became municipal property</source>
      <translation>Размер и основание перехода в муниципальную собственность</translation>
    </message>
    <message>
      <source>State registration certificate:</source>
      <translation type="vanished">Свидетельство о госрегистрации:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="32" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>The object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Единица измерения</translation>
    </message>
    <message>
      <source>Use:</source>
      <translation type="vanished">Использование:</translation>
    </message>
    <message>
      <source>Value, condition and use</source>
      <translation>Стоимость, состояние и использование</translation>
    </message>
    <message>
      <source>Village:</source>
      <translation type="vanished">Село:</translation>
    </message>
    <message>
      <source>Year built or acquired:</source>
      <translation type="vanished">Год постройки или приобретения:</translation>
    </message>
    <message>
      <source>e.g. a decision of the local council</source>
      <translation>например, решение местного кенеша</translation>
    </message>
  </context>
  <context>
    <name>ObjectHistoryDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="53" />
      <source>Basis</source>
      <translation>Основание</translation>
    </message>
    <message>
      <source>Field</source>
      <translation type="vanished">Поле</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="48" />
      <source>History of the object</source>
      <translation>История объекта</translation>
    </message>
    <message>
      <source>New value</source>
      <translation type="vanished">Новое значение</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation type="vanished">Прежнее значение</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="vanished">Когда</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="vanished">Кто</translation>
    </message>
  </context>
  <context>
    <name>ObjectLeasesDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="131" />
      <source>&amp;Add lease…</source>
      <translation>&amp;Добавить аренду…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="138" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="134" />
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="117" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="25" />
      <source>Lease</source>
      <translation>Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="179" />
      <source>Leases of {object}</source>
      <translation>Аренда объекта {object}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="116" />
      <source>Lessee</source>
      <translation>Арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="129" />
      <source>No leases yet. Press “Add lease…” to record one.</source>
      <translation>Договоров аренды пока нет. Чтобы внести договор, нажмите «Добавить аренду…».</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="119" />
      <source>Rent, som</source>
      <translation>Арендная плата, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="120" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="118" />
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="152" />
      <source>active</source>
      <translation>действует</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="153" />
      <source>ends within 60 days</source>
      <translation>истекает в течение 60 дней</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="154" />
      <source>expired</source>
      <translation>истекла</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/lease_dialogs.py" line="155" />
      <source>terminated</source>
      <translation>расторгнута</translation>
    </message>
  </context>
  <context>
    <name>Outbox</name>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="56" />
      <source>Asking for the receipts…</source>
      <translation>Запрос квитанций…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="103" />
      <source>Nothing was sent: no upload address is set. Type the address the agency gave you in the “Upload address” field beside “Send now”, or save the package to a USB stick and take it to the agency.</source>
      <translation>Ничего не отправлено: адрес отправки не задан. Введите адрес, который дало агентство, в поле «Адрес для отправки» рядом с кнопкой «Отправить сейчас», или сохраните пакет на USB-флешку и отвезите её в агентство.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="160" />
      <source>Sending</source>
      <translation>Отправка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="162" />
      <source>Sending stopped on an unexpected error; it was reported.</source>
      <translation>Отправка остановлена из-за непредвиденной ошибки; отчёт о ней записан.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="52" />
      <source>Sending the packages…</source>
      <translation>Отправка пакетов…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="124" />
      <source>Sending to the agency…</source>
      <translation>Отправка в агентство…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/outbox.py" line="59" />
      <source>Stopped; what was sent is recorded.</source>
      <translation>Остановлено; отправленное учтено.</translation>
    </message>
  </context>
  <context>
    <name>Package</name>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="322" />
      <source>Adding the evidence files…</source>
      <translation>Добавление подтверждающих файлов…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="234" />
      <source>Collecting the data…</source>
      <translation>Сбор данных…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="349" />
      <source>Done.</source>
      <translation>Готово.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="335" />
      <source>Signing and writing the package…</source>
      <translation>Подпись и запись пакета…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="193" />
      <source>The package records this state, and the agency will see that the report is not approved.</source>
      <translation>Пакет записывает это состояние, и агентство увидит, что отчёт не утверждён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="183" />
      <source>The report for {period} is a draft: it is not marked complete, and the head has not approved it.</source>
      <translation>Отчёт за {period} — черновик: он не отмечен как готовый, и глава его не утвердил.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/package/build.py" line="174" />
      <source>The report for {period} is a draft: the checks still find %n problem(s) to fix, and the head has not approved it.</source>
      <translation>
        <numerusform>Отчёт за {period} — черновик: проверка ещё находит %n замечание, которое нужно исправить, и глава его не утвердил.</numerusform>
        <numerusform>Отчёт за {period} — черновик: проверка ещё находит %n замечания, которые нужно исправить, и глава его не утвердил.</numerusform>
        <numerusform>Отчёт за {period} — черновик: проверка ещё находит %n замечаний, которые нужно исправить, и глава его не утвердил.</numerusform>
      </translation>
    </message>
    <message>
      <source>The report for {period} is a draft: the checks still find {n} problem(s) to fix, and the head has not approved it.</source>
      <translation type="vanished">Отчёт за {period} — черновик: проверка ещё находит замечаний, которые нужно исправить: {n}, и глава его не утвердил.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="167" />
      <source>The report for {period} is marked complete, but the head has not approved it.</source>
      <translation>Отчёт за {period} отмечен как готовый, но глава его не утвердил.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="299" />
      <source>Writing the Excel report…</source>
      <translation>Запись отчёта Excel…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/package/build.py" line="310" />
      <source>Writing the PDF report…</source>
      <translation>Запись отчёта PDF…</translation>
    </message>
  </context>
  <context>
    <name>PackageModel</name>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="118" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="117" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="119" />
      <source>Delivery</source>
      <translation>Доставка</translation>
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
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="136" />
      <source>valid, signed</source>
      <translation>действителен, подписан</translation>
    </message>
  </context>
  <context>
    <name>PackagePage</name>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="167" />
      <source>&amp;Export package</source>
      <translation>&amp;Сформировать пакет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="183" />
      <source>&amp;Receipt (PDF)…</source>
      <translation>&amp;Квитанция (PDF)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="179" />
      <source>&amp;Save a copy to USB…</source>
      <translation>Сохранить &amp;копию на флешку…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="216" />
      <source>Annex No.:</source>
      <translation>Приложение №:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="353" />
      <source>Build anyway</source>
      <translation>Всё равно сформировать</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="348" />
      <source>Build the package anyway?</source>
      <translation>Сформировать пакет всё равно?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="325" />
      <source>Building the package…</source>
      <translation>Формирование пакета…</translation>
    </message>
    <message>
      <source>Checking the copy…</source>
      <translation type="vanished">Проверка копии…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="174" />
      <source>DD.MM.YYYY</source>
      <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="207" />
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="241" />
      <source>No package yet. Choose the period and the language above and press “Export package”: the app builds the Excel and PDF reports, signs them and keeps the package here, ready for a USB stick or for sending.</source>
      <translation>Пакетов пока нет. Выберите период и язык вверху и нажмите «Сформировать пакет»: программа подготовит отчёты Excel и PDF, подпишет их и сохранит пакет здесь — для флешки или для отправки.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="450" />
      <source>No program to show PDF files is installed on this computer. The report can be seen and printed here, or its folder opened:
{path}</source>
      <translation>На этом компьютере не установлена программа для просмотра PDF. Отчёт можно посмотреть и напечатать здесь или открыть его папку:
{path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="180" />
      <source>Open the &amp;PDF</source>
      <translation>Открыть &amp;PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="212" />
      <source>Outgoing No.:</source>
      <translation>Исх. №:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="464" />
      <source>Package</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="362" />
      <source>Package ready: {name}</source>
      <translation>Пакет готов: {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="205" />
      <source>Period:</source>
      <translation>Период:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="455" />
      <source>Pre&amp;view here</source>
      <translation>&amp;Просмотр здесь</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="181" />
      <source>Print pre&amp;view…</source>
      <translation>&amp;Предпросмотр и печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="386" />
      <source>Save the package to…</source>
      <translation>Сохранить пакет в…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="396" />
      <source>Saved and checked: {path}</source>
      <translation>Сохранено и проверено: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="407" />
      <source>Saving the package to {folder}…</source>
      <translation>Сохранение пакета в {folder}…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="182" />
      <source>Se&amp;nd now</source>
      <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="456" />
      <source>Show the &amp;folder</source>
      <translation>Показать &amp;папку</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="347" />
      <source>The report is not approved</source>
      <translation>Отчёт не утверждён</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="188" />
      <source>Upload address (leave empty to deliver by USB only)</source>
      <translation>Адрес для отправки (оставьте пустым, если доставка только на флешке)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="171" />
      <source>empty: written by hand</source>
      <translation>пусто: впишут от руки</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/package_page.py" line="214" />
      <source>of</source>
      <translation>от</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="84" />
      <source>Dashboard</source>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="90" />
      <source>Packages</source>
      <translation>Пакеты</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="76" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="117" />
      <source>Programme text</source>
      <translation>Текст программы</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="87" />
      <source>Property</source>
      <translation>Имущество</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/pages.py" line="82" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
  </context>
  <context>
    <name>Period</name>
    <message>
      <location filename="msu_desktop/services/labels.py" line="34" />
      <source>{half} half of {year}</source>
      <translation>{half} полугодие {year} г.</translation>
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
        <numerusform>До {date} остался %n день</numerusform>
        <numerusform>До {date} осталось %n дня</numerusform>
        <numerusform>До {date} осталось %n дней</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="144" />
      <source>Approved by {name} on {date}</source>
      <translation>Утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="154" />
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Просрочено на %n день</numerusform>
        <numerusform>Просрочено на %n дня</numerusform>
        <numerusform>Просрочено на %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Overdue by {days} days</source>
      <translation type="vanished">Просрочено на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>Reported</source>
      <translation>Отчитано</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="116" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>{days} days left until {date}</source>
      <translation type="vanished">До {date} осталось дней: {days}</translation>
    </message>
  </context>
  <context>
    <name>Plan</name>
    <message>
      <location filename="msu_desktop/domain/plan.py" line="295" />
      <source>{ru} (Russian text) / {ky} (Kyrgyz text)</source>
      <translation>{ru} (русский текст) / {ky} (кыргызский текст)</translation>
    </message>
  </context>
  <context>
    <name>PlanBrowser</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/plan_browser.py" line="341" />
      <source>%n direction(s)</source>
      <translation>
        <numerusform>%n направление</numerusform>
        <numerusform>%n направления</numerusform>
        <numerusform>%n направлений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/plan_browser.py" line="343" />
      <source>%n measure(s)</source>
      <translation>
        <numerusform>%n мера</numerusform>
        <numerusform>%n меры</numerusform>
        <numerusform>%n мер</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/plan_browser.py" line="342" />
      <source>%n task(s)</source>
      <translation>
        <numerusform>%n задача</numerusform>
        <numerusform>%n задачи</numerusform>
        <numerusform>%n задач</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="190" />
      <source>All executors</source>
      <translation>Все исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="206" />
      <source>Any deadline</source>
      <translation>Любой срок</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="358" />
      <source>Deadline</source>
      <translation>Срок реализации</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="207" />
      <source>Deadline passed</source>
      <translation>Срок истёк</translation>
    </message>
    <message>
      <source>Directions: {d}, tasks: {t}, measures: {m}</source>
      <translation type="vanished">Направлений: {d}, задач: {t}, мер: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="386" />
      <source>Discrepancy between the texts</source>
      <translation>Расхождение текстов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="209" />
      <source>Due later</source>
      <translation>Срок позже</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="208" />
      <source>Due this year</source>
      <translation>Срок в этом году</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="361" />
      <source>Executor notes</source>
      <translation>Примечания к исполнителям</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="359" />
      <source>Expected result</source>
      <translation>Ожидаемый результат</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="362" />
      <source>Funding sources</source>
      <translation>Источники финансирования</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="330" />
      <source>In the Programme (Annex 1)</source>
      <translation>В Программе (приложение 1)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="371" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="387" />
      <source>Kyrgyz: {ky}; Russian: {ru}</source>
      <translation>по-кыргызски: {ky}; по-русски: {ru}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="364" />
      <source>Local self-government bodies take part</source>
      <translation>С участием органов МСУ</translation>
    </message>
    <message>
      <source>Measures: {n}</source>
      <translation type="vanished">Мер: {n}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="360" />
      <source>Responsible executors</source>
      <translation>Ответственные исполнители</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="186" />
      <source>Search measures, results, executors…</source>
      <translation>Поиск по мерам, результатам, исполнителям…</translation>
    </message>
    <message>
      <source>Tasks: {t}, measures: {m}</source>
      <translation type="vanished">Задач: {t}, мер: {m}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="365" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="365" />
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
      <location filename="msu_desktop/services/plan_package/diff.py" line="52" />
      <source>A new programme: {title}, version {v}, with reports from {first} to {last}: {d} directions, {t} tasks, {m} measures.</source>
      <translation>Новая программа: {title}, версия {v}, отчёты: {first} — {last}; направлений — {d}, задач — {t}, мер — {m}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="103" />
      <source>Deadline of {code}: {old} → {new}</source>
      <translation>Срок меры {code}: {old} → {new}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="114" />
      <source>Executors of {code}: {old} → {new}</source>
      <translation>Исполнители меры {code}: {old} → {new}</translation>
    </message>
    <message>
      <source>It becomes the programme the app works on. {title} ({plan}) stays installed with all its reports: File → Programme switches between them.</source>
      <translation type="vanished">Работа пойдёт по ней. {title} ({plan}) остаётся установленной со всеми отчётами: переключаться между ними — Файл → Программа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="68" />
      <source>It becomes the programme the app works on. {title} stays installed with all its reports: File → Programme switches between them.</source>
      <translation>Работа пойдёт по ней. {title} остаётся установленной со всеми отчётами: переключаться между ними — Файл → Программа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="89" />
      <source>Measure added: {code}</source>
      <translation>Добавлена мера: {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="92" />
      <source>Measure removed: {code} (its reports are kept, read-only, and still exported)</source>
      <translation>Исключена мера: {code} (отчёты по ней сохраняются только для чтения и по-прежнему выгружаются)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="100" />
      <source>Measure renamed: {code}</source>
      <translation>Переименована мера: {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="326" />
      <source>Merged into your municipality: {names}.</source>
      <translation>Присоединены к вашему муниципалитету: {names}.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/directory.py" line="298" />
      <source>Municipality directory: %n entry(ies).</source>
      <translation>
        <numerusform>Справочник муниципалитетов: %n запись.</numerusform>
        <numerusform>Справочник муниципалитетов: %n записи.</numerusform>
        <numerusform>Справочник муниципалитетов: %n записей.</numerusform>
      </translation>
    </message>
    <message>
      <source>Municipality directory: {n} entries.</source>
      <translation type="vanished">Справочник муниципалитетов: записей — {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="146" />
      <source>No change to measures, deadlines, executors or periods.</source>
      <translation>Меры, сроки, исполнители и периоды не изменились.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="80" />
      <source>Plan version {old} → {new}.</source>
      <translation>Версия плана {old} → {new}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="125" />
      <source>Reporting periods added: {periods}</source>
      <translation>Добавлены отчётные периоды: {periods}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/plan_package/diff.py" line="134" />
      <source>The report on {period} is due on {new} (was {old}).</source>
      <translation>Отчёт за {period} нужно сдать до {new} (было {old}).</translation>
    </message>
    <message>
      <source>Your municipality is marked as abolished in the new directory.</source>
      <translation type="vanished">В новом справочнике ваш муниципалитет отмечен как упразднённый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="310" />
      <source>Your municipality is merged into {name} ({code}).</source>
      <translation>Ваш муниципалитет присоединён к {name} ({code}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/directory.py" line="306" />
      <source>Your СОАТЕ code {code} is not in the new directory.</source>
      <translation>Вашего кода СОАТЕ {code} нет в новом справочнике.</translation>
    </message>
  </context>
  <context>
    <name>PlanImportWizard</name>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="129" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="123" />
      <source>Import a plan package</source>
      <translation>Импорт пакета плана</translation>
    </message>
    <message>
      <source>Installed plan {plan}, version {version}. Backup: {backup}</source>
      <translation type="vanished">Установлен план {plan}, версия {version}. Резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="165" />
      <source>Installed: {programme}, version {version}. Backup: {backup}</source>
      <translation>Установлено: {programme}, версия {version}. Резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_import_wizard.py" line="142" />
      <source>Installing the plan…</source>
      <translation>Установка плана…</translation>
    </message>
  </context>
  <context>
    <name>PlanOffers</name>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="128" />
      <source>&amp;Later</source>
      <translation>&amp;Позже</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="127" />
      <source>&amp;Not this version</source>
      <translation>&amp;Не эту версию</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="126" />
      <source>&amp;Review and install…</source>
      <translation>&amp;Просмотреть и установить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="114" />
      <source>The agency has published plan version {version}: {programme}. It is signed by the agency and checked. Review the changes and install it?</source>
      <translation>Агентство опубликовало версию плана {version}: {programme}. Она подписана агентством и проверена. Просмотреть изменения и установить её?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="94" />
      <source>The agency's inbox offers a plan package that did not pass the check, so it was not installed and nothing was changed: {reason}

Please tell the agency.</source>
      <translation>Приёмный сервер агентства предлагает пакет плана, который не прошёл проверку, поэтому он не установлен и ничего не изменено: {reason}

Пожалуйста, сообщите об этом в агентство.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_offer.py" line="119" />
      <source>The installed version is {version}.</source>
      <translation>Установлена версия {version}.</translation>
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
      <translation>Здесь тексты постановления на кыргызском и русском языках расходятся.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/plan_browser.py" line="51" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="110" />
      <source>Cannot print {path}.</source>
      <translation>Не удаётся напечатать {path}.</translation>
    </message>
    <message>
      <source>Cannot write {path}.</source>
      <translation type="vanished">Не удаётся записать {path}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="189" />
      <source>Fit the width</source>
      <translation>По ширине</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="334" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="197" />
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="366" />
      <source>Register of municipal property (PDF)</source>
      <translation>Реестр муниципального имущества (PDF)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="266" />
      <source>Save as PDF</source>
      <translation>Сохранить как PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="200" />
      <source>Save as PDF…</source>
      <translation>Сохранить как PDF…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation type="vanished">Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="91" />
      <source>The printer {printer} did not take the document: {reason}</source>
      <translation>Принтер {printer} не принял документ: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="185" />
      <source>Zoom in</source>
      <translation>Увеличить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="186" />
      <source>Zoom out</source>
      <translation>Уменьшить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/printing.py" line="367" />
      <source>property register {date}.pdf</source>
      <translation>реестр имущества {date}.pdf</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeView</name>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="53" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
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
      <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="104" />
      <source>Save the programme as PDF</source>
      <translation>Сохранить программу в PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/programme_view.py" line="74" />
      <source>The text of the programme is not available for this plan.</source>
      <translation>Текст программы для этого плана недоступен.</translation>
    </message>
  </context>
  <context>
    <name>Property</name>
    <message>
      <location filename="msu_desktop/domain/property.py" line="341" />
      <source>A written-off or sold object keeps its use.</source>
      <translation>У списанного или проданного объекта использование не меняется.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="263" />
      <source>At least {min}.</source>
      <translation>Не меньше {min}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="266" />
      <source>At most {max}.</source>
      <translation>Не больше {max}.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/domain/property.py" line="255" />
      <source>Longer than %n character(s).</source>
      <translation>
        <numerusform>Длиннее %n знака.</numerusform>
        <numerusform>Длиннее %n знаков.</numerusform>
        <numerusform>Длиннее %n знаков.</numerusform>
      </translation>
    </message>
    <message>
      <source>Longer than {n} characters.</source>
      <translation type="vanished">Длиннее {n} знаков.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="43" />
      <source>Not a cadastral code (ЕНИ) of the form 1-02-03-0004-0005.</source>
      <translation>Это не кадастровый код (ЕНИ) вида 1-02-03-0004-0005.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="333" />
      <source>The status changes only by a write-off or a sale with the council's decision.</source>
      <translation>Статус меняется только списанием или продажей по решению кенеша.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="343" />
      <source>The use changes to written off or sold only by a write-off or a sale with the council's decision.</source>
      <translation>Использование меняется на «списано» или «продано» только списанием или продажей по решению кенеша.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="323" />
      <source>The value cannot be negative.</source>
      <translation>Стоимость не может быть отрицательной.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="59" />
      <source>Unknown value {value}.</source>
      <translation>Неизвестное значение: {value}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="179" />
      <source>decision No. {n} of {d}</source>
      <translation>решение № {n} от {d}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_apply.py" line="32" />
      <source>import</source>
      <translation>импорт</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="69" />
      <source>in the register</source>
      <translation>в реестре</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/objects.py" line="94" />
      <source>object added</source>
      <translation>объект добавлен</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/property.py" line="189" />
      <source>private person</source>
      <translation>физическое лицо</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="71" />
      <source>sold</source>
      <translation>продано</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="70" />
      <source>written off</source>
      <translation>списано</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/object_history.py" line="81" />
      <source>{kind} No. {number} of {date}</source>
      <translation>{kind} № {number} от {date}</translation>
    </message>
  </context>
  <context>
    <name>PropertyExport</name>
    <message>
      <source>Address</source>
      <translation type="vanished">Адрес</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="441" />
      <source>Area</source>
      <translation>Площадь</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="209" />
      <source>Area or quantity</source>
      <translation>Площадь или количество</translation>
    </message>
    <message>
      <source>Auction protocol date</source>
      <translation type="vanished">Дата протокола аукциона</translation>
    </message>
    <message>
      <source>Auction protocol number</source>
      <translation type="vanished">Номер протокола аукциона</translation>
    </message>
    <message>
      <source>Awarded by</source>
      <translation type="vanished">Способ предоставления</translation>
    </message>
    <message>
      <source>Basis document</source>
      <translation type="vanished">Документ-основание</translation>
    </message>
    <message>
      <source>Basis document date</source>
      <translation type="vanished">Дата документа-основания</translation>
    </message>
    <message>
      <source>Basis document number</source>
      <translation type="vanished">Номер документа-основания</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="442" />
      <source>Book value, som</source>
      <translation>Балансовая стоимость, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="435" />
      <source>By category</source>
      <translation>По категориям</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="436" />
      <source>By use</source>
      <translation>По использованию</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="208" />
      <source>Cadastral code (ЕНИ)</source>
      <translation>Кадастровый код (ЕНИ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="206" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>Category details</source>
      <translation type="vanished">Сведения категории</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="211" />
      <source>Condition</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Contract number</source>
      <translation type="vanished">Номер договора</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="120" />
      <source>Council decisions</source>
      <translation>Решения кенеша</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation type="vanished">Дата решения</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation type="vanished">Номер решения</translation>
    </message>
    <message>
      <source>End</source>
      <translation type="vanished">Окончание</translation>
    </message>
    <message>
      <source>GPS latitude</source>
      <translation type="vanished">GPS широта</translation>
    </message>
    <message>
      <source>GPS longitude</source>
      <translation type="vanished">GPS долгота</translation>
    </message>
    <message>
      <source>Initial value, som</source>
      <translation type="vanished">Первоначальная стоимость, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="204" />
      <source>Inventory number</source>
      <translation>Инвентарный номер</translation>
    </message>
    <message>
      <source>Inventory numbers of the objects</source>
      <translation type="vanished">Инвентарные номера объектов</translation>
    </message>
    <message>
      <source>Kind of decision</source>
      <translation type="vanished">Вид решения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="130" />
      <source>Laying out the pages…</source>
      <translation>Раскладка страниц…</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="119" />
      <source>Leases</source>
      <translation>Аренды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="269" />
      <source>Leases are on the sheet «{leases}», council decisions on «{decisions}». This file does not carry: {missing}.</source>
      <translation>Аренды — на листе «{leases}», решения кенеша — на листе «{decisions}». Этот файл не содержит: {missing}.</translation>
    </message>
    <message>
      <source>Lessee</source>
      <translation type="vanished">Арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="205" />
      <source>Name</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <source>Name in Kyrgyz</source>
      <translation type="vanished">Наименование на кыргызском</translation>
    </message>
    <message>
      <source>Name in Russian</source>
      <translation type="vanished">Наименование на русском</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="199" />
      <source>No. {number} of {date}</source>
      <translation>№ {number} от {date}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="vanished">Примечания</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="440" />
      <source>Objects</source>
      <translation>Объектов</translation>
    </message>
    <message>
      <source>Private person</source>
      <translation type="vanished">Физическое лицо</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="114" />
      <source>Reading the register…</source>
      <translation>Чтение реестра…</translation>
    </message>
    <message>
      <source>Reason without an auction</source>
      <translation type="vanished">Основание без аукциона</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="118" />
      <source>Register</source>
      <translation>Реестр</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="145" />
      <source>Register of municipal property</source>
      <translation>Реестр муниципального имущества</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="144" />
      <source>Register of municipal property (public version)</source>
      <translation>Реестр муниципального имущества (публичная версия)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="142" />
      <source>Register of municipal property (template)</source>
      <translation>Реестр муниципального имущества (шаблон)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="461" />
      <source>Rent income by year, som</source>
      <translation>Доходы от аренды по годам, сом</translation>
    </message>
    <message>
      <source>Rent per</source>
      <translation type="vanished">Арендная плата за</translation>
    </message>
    <message>
      <source>Rent, som</source>
      <translation type="vanished">Арендная плата, сом</translation>
    </message>
    <message>
      <source>Residual value, som</source>
      <translation type="vanished">Остаточная стоимость, сом</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="vanished">Начало</translation>
    </message>
    <message>
      <source>State registration date</source>
      <translation type="vanished">Дата госрегистрации</translation>
    </message>
    <message>
      <source>State registration number</source>
      <translation type="vanished">Номер госрегистрации</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_xlsx.py" line="426" />
      <source>Summary</source>
      <translation>Итоги</translation>
    </message>
    <message>
      <source>Terminated</source>
      <translation type="vanished">Расторгнут</translation>
    </message>
    <message>
      <source>Text of the decision</source>
      <translation type="vanished">Текст решения</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/export/register_pdf.py" line="90" />
      <source>Total: %n object(s)</source>
      <translation>
        <numerusform>Итого: %n объект</numerusform>
        <numerusform>Итого: %n объекта</numerusform>
        <numerusform>Итого: %n объектов</numerusform>
      </translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Ед. изм.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="212" />
      <source>Use</source>
      <translation>Использование</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="207" />
      <source>Village</source>
      <translation>Село</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="198" />
      <source>Writing the PDF…</source>
      <translation>Запись PDF…</translation>
    </message>
    <message>
      <source>Written off or sold by decision</source>
      <translation type="vanished">Списано или продано по решению</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="vanished">Год</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="141" />
      <source>acquisition</source>
      <translation>приобретение</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/register_pdf.py" line="123" />
      <source>as of {date}</source>
      <translation>по состоянию на {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="137" />
      <source>auction</source>
      <translation>аукцион</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="142" />
      <source>lease</source>
      <translation>аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="132" />
      <source>month</source>
      <translation>месяц</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="129" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="145" />
      <source>other</source>
      <translation>прочее</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="153" />
      <source>photos and documents attached to objects</source>
      <translation>фотографии и документы, приложенные к объектам</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="133" />
      <source>quarter</source>
      <translation>квартал</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="155" />
      <source>revaluations (the current values are carried)</source>
      <translation>переоценки (текущая стоимость переносится)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="143" />
      <source>sale</source>
      <translation>продажа</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="154" />
      <source>the history of changes</source>
      <translation>история изменений</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="138" />
      <source>without an auction</source>
      <translation>без аукциона</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="144" />
      <source>write-off</source>
      <translation>списание</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="134" />
      <source>year</source>
      <translation>год</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/fields.py" line="128" />
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>PropertyImport</name>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="623" />
      <source>Columns not imported (to keep them in the objects' notes, press No, import again and tick them under the columns): {columns}</source>
      <translation>Не импортированные столбцы (чтобы сохранить их в примечаниях объектов, нажмите «Нет», импортируйте снова и отметьте их под столбцами): {columns}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/steps.py" line="40" />
      <source>Row {row} of {total}</source>
      <translation>Строка {row} из {total}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="469" />
      <source>Rows without an inventory number get new ones, used neither in the file nor in the register: {numbers}.</source>
      <translation>Строкам без инвентарного номера даются новые номера, которых нет ни в файле, ни в реестре: {numbers}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="400" />
      <source>The hidden sheet «{title}» was skipped.</source>
      <translation>Скрытый лист «{title}» пропущен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="484" />
      <source>The sheet «{title}» has no columns to read.</source>
      <translation>На листе «{title}» нет столбцов, которые можно прочитать.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="190" />
      <source>a cell refers to a text that is not in the workbook</source>
      <translation>ячейка ссылается на текст, которого нет в книге</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="193" />
      <source>a part of the workbook holds a value this program does not understand</source>
      <translation>часть книги содержит значение, непонятное этой программе</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="198" />
      <source>a part of the workbook is not well-formed XML</source>
      <translation>часть книги — испорченный XML</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="189" />
      <source>a part the workbook refers to is missing</source>
      <translation>нет части, на которую ссылается книга</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="70" />
      <source>a text file (CSV)</source>
      <translation>текстовый файл (CSV)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="65" />
      <source>an old Excel workbook (.xls) or a password-protected one</source>
      <translation>старая книга Excel (.xls) или книга, защищённая паролем</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="338" />
      <source>duplicate inventory number {number} (also in row {row})</source>
      <translation>повторяющийся инвентарный номер {number} (есть и в строке {row})</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/import_check.py" line="153" />
      <source>longer than %n character(s)</source>
      <translation>
        <numerusform>длиннее %n знака</numerusform>
        <numerusform>длиннее %n знаков</numerusform>
        <numerusform>длиннее %n знаков</numerusform>
      </translation>
    </message>
    <message>
      <source>longer than {n} characters</source>
      <translation type="vanished">длиннее {n} знаков</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="166" />
      <source>negative</source>
      <translation>отрицательное число</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="564" />
      <source>no such object</source>
      <translation>нет такого объекта</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="320" />
      <source>not a date (DD.MM.YYYY)</source>
      <translation>не дата (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="163" />
      <source>not a number</source>
      <translation>не число</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="267" />
      <source>not a year or a date</source>
      <translation>не год и не дата</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="466" />
      <source>row {row}: {number}</source>
      <translation>строка {row}: {number}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="552" />
      <source>the decision needs its date</source>
      <translation>нужна дата решения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="199" />
      <source>the file is not a complete workbook archive</source>
      <translation>файл — неполный архив книги</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="354" />
      <source>the inventory number {number} and the cadastral code {code} belong to two different objects of the register</source>
      <translation>инвентарный номер {number} и кадастровый код {code} принадлежат двум разным объектам реестра</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="509" />
      <source>the lease needs its start and end</source>
      <translation>нужны начало и окончание аренды</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="503" />
      <source>the lessee is missing</source>
      <translation>не указан арендатор</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="247" />
      <source>the name is missing</source>
      <translation>нет наименования</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="368" />
      <source>the object is written off or sold in the register; the file says it is in use</source>
      <translation>в реестре объект списан или продан, а в файле он указан как используемый</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_read.py" line="200" />
      <source>the workbook is put together in a way this program does not understand</source>
      <translation>книга устроена так, как эта программа не понимает</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="278" />
      <source>unknown category</source>
      <translation>неизвестная категория</translation>
    </message>
    <message>
      <source>unknown condition ({value})</source>
      <translation type="vanished">неизвестное состояние ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="555" />
      <source>unknown value</source>
      <translation>неизвестное значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="300" />
      <source>unreadable</source>
      <translation>не читается</translation>
    </message>
    <message>
      <source>unreadable year or date ({value})</source>
      <translation type="vanished">не читается год или дата ({value})</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/import_check.py" line="653" />
      <source>written off or sold, but the council decision that did it is not in the file</source>
      <translation>списан или продан, но решения кенеша об этом в файле нет</translation>
    </message>
    <message>
      <source>{column}: negative</source>
      <translation type="vanished">{column}: отрицательное значение</translation>
    </message>
    <message>
      <source>{column}: not a number ({value})</source>
      <translation type="vanished">{column}: не число ({value})</translation>
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
      <translation>&amp;Добавить объект…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation type="vanished">&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="157" />
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="163" />
      <source>&amp;History</source>
      <translation>&amp;История</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="165" />
      <source>&amp;Import from Excel…</source>
      <translation>Импорт из &amp;Excel…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="158" />
      <source>&amp;Lease…</source>
      <translation>&amp;Аренда…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="164" />
      <source>&amp;Photos and documents…</source>
      <translation>&amp;Фото и документы…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="160" />
      <source>&amp;Revalue…</source>
      <translation>&amp;Переоценка…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="162" />
      <source>&amp;Write off…</source>
      <translation>&amp;Списать…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="200" />
      <source>A blank register to fill in (Excel)…</source>
      <translation>Пустой реестр для заполнения (Excel)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="112" />
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="159" />
      <source>All lea&amp;ses</source>
      <translation>Вся &amp;аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="257" />
      <source>All villages</source>
      <translation>Все сёла</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="114" />
      <source>Any condition</source>
      <translation>Любое состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="288" />
      <source>Any origin</source>
      <translation>Любое происхождение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="113" />
      <source>Any use</source>
      <translation>Любое использование</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation type="vanished">Основание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="520" />
      <source>Blank property register.xlsx</source>
      <translation>Пустой реестр имущества.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="161" />
      <source>Council &amp;decision…</source>
      <translation>Решение &amp;кенеша…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="474" />
      <source>Council decision</source>
      <translation>Решение кенеша</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="167" />
      <source>E&amp;xport…</source>
      <translation>&amp;Выгрузка…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="530" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="550" />
      <source>Export</source>
      <translation>Выгрузка</translation>
    </message>
    <message>
      <source>Export the public version (private lessees hidden, internal notes left out)?</source>
      <translation type="vanished">Выгрузить публичную версию (физические лица-арендаторы скрыты, служебные примечания не включаются)?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="552" />
      <source>Export the register</source>
      <translation>Выгрузить реестр</translation>
    </message>
    <message>
      <source>Field</source>
      <translation type="vanished">Поле</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="vanished">С</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="166" />
      <source>From a pre&amp;decessor…</source>
      <translation>От пре&amp;дшественника…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="291" />
      <source>From {predecessor}</source>
      <translation>От {predecessor}</translation>
    </message>
    <message>
      <source>History of the object</source>
      <translation type="vanished">История объекта</translation>
    </message>
    <message>
      <source>Import</source>
      <translation type="vanished">Импорт</translation>
    </message>
    <message>
      <source>Import a register</source>
      <translation type="vanished">Импорт реестра</translation>
    </message>
    <message>
      <source>Import the accepted rows?</source>
      <translation type="vanished">Импортировать принятые строки?</translation>
    </message>
    <message>
      <source>Inv. No.</source>
      <translation type="vanished">Инв. №</translation>
    </message>
    <message>
      <source>Lease</source>
      <translation type="vanished">Аренда</translation>
    </message>
    <message>
      <source>Leases</source>
      <translation type="vanished">Аренда</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="269" />
      <source>Leases ending within 60 days: {soon}; expired: {expired}.</source>
      <translation>Аренда истекает в ближайшие 60 дней: {soon}; истекла: {expired}.</translation>
    </message>
    <message>
      <source>Lessee</source>
      <translation type="vanished">Арендатор</translation>
    </message>
    <message>
      <source>New value</source>
      <translation type="vanished">Новое значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="438" />
      <source>Nothing was written off.</source>
      <translation>Ничего не списано.</translation>
    </message>
    <message>
      <source>Object</source>
      <translation type="vanished">Объект</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="346" />
      <source>Object added: {number} {name}</source>
      <translation>Объект добавлен: {number} {name}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="394" />
      <source>Object saved: {number} {name}</source>
      <translation>Объект сохранён: {number} {name}</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation type="vanished">Прежнее значение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="525" />
      <source>Property register — {name}.xlsx</source>
      <translation>Реестр имущества — {name}.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="522" />
      <source>Property register, public version — {name}.xlsx</source>
      <translation>Реестр имущества, публичная версия — {name}.xlsx</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="527" />
      <source>Property register.xlsx</source>
      <translation>Реестр имущества.xlsx</translation>
    </message>
    <message>
      <source>Rent income by year, som: {text}</source>
      <translation type="vanished">Доходы от аренды по годам, сом: {text}</translation>
    </message>
    <message>
      <source>Rent, som</source>
      <translation type="vanished">Арендная плата, сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="493" />
      <source>Revaluation</source>
      <translation>Переоценка</translation>
    </message>
    <message>
      <source>Row {row}: {reason}</source>
      <translation type="vanished">Строка {row}: {reason}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="553" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="108" />
      <source>Search: number, name, address, ЕНИ…</source>
      <translation>Поиск: номер, наименование, адрес, ЕНИ…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="403" />
      <source>Select an object first.</source>
      <translation>Сначала выберите объект.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="427" />
      <source>Sell {object} by the council decision No. {number} of {date}?

The object stays in the register as sold, with the decision; its leases end. This cannot be undone.</source>
      <translation>Продать {object} по решению совета № {number} от {date}?

Объект останется в реестре как проданный, с решением; его аренды прекращаются. Это нельзя отменить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="121" />
      <source>Show written off and sold</source>
      <translation>Показывать списанные и проданные</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/property/page.py" line="328" />
      <source>Shown: %n object(s) · area {area} · book value {value} som</source>
      <translation>
        <numerusform>Показан %n объект · площадь {area} · балансовая стоимость {value} сом</numerusform>
        <numerusform>Показано %n объекта · площадь {area} · балансовая стоимость {value} сом</numerusform>
        <numerusform>Показано %n объектов · площадь {area} · балансовая стоимость {value} сом</numerusform>
      </translation>
    </message>
    <message>
      <source>Shown: {count} objects · area {area} · book value {value} som</source>
      <translation type="vanished">Показано объектов: {count} · площадь {area} · балансовая стоимость {value} сом</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="450" />
      <source>Sold: {object}</source>
      <translation>Продано: {object}</translation>
    </message>
    <message>
      <source>State</source>
      <translation type="vanished">Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="309" />
      <source>The predecessor's register was brought in.</source>
      <translation>Реестр предшественника перенесён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="199" />
      <source>The public version (Excel)…</source>
      <translation>Публичная версия (Excel)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="206" />
      <source>The public version (PDF, to print)…</source>
      <translation>Публичная версия (PDF, для печати)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="198" />
      <source>The register (Excel)…</source>
      <translation>Реестр (Excel)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="205" />
      <source>The register (PDF, to print)…</source>
      <translation>Реестр (PDF, для печати)…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="64" />
      <source>The register is empty. Press “Add object…” to enter a building, a plot of land or other property, or “Import from Excel…” to bring in the register you keep in Excel.</source>
      <translation>Реестр пуст. Нажмите «Добавить объект…», чтобы внести здание, земельный участок или другое имущество, или «Импорт из Excel…», чтобы перенести реестр, который вы ведёте в Excel.</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="vanished">По</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="vanished">Когда</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="vanished">Кто</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="443" />
      <source>Write off</source>
      <translation>Списание</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="421" />
      <source>Write off {object} by the council decision No. {number} of {date}?

The object stays in the register as written off, with the decision; its leases end. This cannot be undone.</source>
      <translation>Списать {object} по решению совета № {number} от {date}?

Объект останется в реестре как списанный, с решением; его аренды прекращаются. Это нельзя отменить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="539" />
      <source>Writing the register…</source>
      <translation>Запись реестра…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/page.py" line="448" />
      <source>Written off: {object}</source>
      <translation>Списано: {object}</translation>
    </message>
    <message>
      <source>active</source>
      <translation type="vanished">действует</translation>
    </message>
    <message>
      <source>ends within 60 days</source>
      <translation type="vanished">истекает в течение 60 дней</translation>
    </message>
    <message>
      <source>expired</source>
      <translation type="vanished">истекла</translation>
    </message>
    <message>
      <source>terminated</source>
      <translation type="vanished">расторгнута</translation>
    </message>
    <message>
      <source>{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected.</source>
      <translation type="vanished">Новых объектов: {new}, уже в реестре: {matched} (обновлены, не дублируются), отклонено строк: {bad}.</translation>
    </message>
  </context>
  <context>
    <name>PropertyTableModel</name>
    <message>
      <source>Area / qty</source>
      <translation type="vanished">Площадь / кол-во</translation>
    </message>
    <message>
      <source>Book value, som</source>
      <translation type="vanished">Балансовая стоимость, сом</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="vanished">Категория</translation>
    </message>
    <message>
      <source>Condition</source>
      <translation type="vanished">Состояние</translation>
    </message>
    <message>
      <source>Inv. No.</source>
      <translation type="vanished">Инв. №</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="vanished">Наименование</translation>
    </message>
    <message>
      <source>Use</source>
      <translation type="vanished">Использование</translation>
    </message>
    <message>
      <source>Village</source>
      <translation type="vanished">Село</translation>
    </message>
  </context>
  <context>
    <name>Receipt</name>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="43" />
      <source>Agency</source>
      <translation>Агентство</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="69" />
      <source>Agency's note</source>
      <translation>Примечание агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="72" />
      <source>Comment on measure {code}</source>
      <translation>Замечание к мере {code}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="66" />
      <source>Decision of the agency</source>
      <translation>Решение агентства</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="58" />
      <source>Inbox key fingerprint</source>
      <translation>Отпечаток ключа приёмного ящика</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="44" />
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="57" />
      <source>Package SHA-256</source>
      <translation>SHA-256 пакета</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="46" />
      <source>Package number</source>
      <translation>Номер пакета</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="45" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="111" />
      <source>Receipt of delivery of the report</source>
      <translation>Квитанция о доставке отчёта</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="48" />
      <source>Received</source>
      <translation>Получен</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="91" />
      <source>Signed electronically by the agency's inbox (Ed25519, minisign). The signed receipt follows; it can be checked with minisign and the key above.</source>
      <translation>Подписано электронно приёмным ящиком агентства (Ed25519, minisign). Ниже — подписанная квитанция; её можно проверить с помощью minisign и указанного ключа.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="62" />
      <source>accepted</source>
      <translation>принят</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="64" />
      <source>returned for correction</source>
      <translation>возвращён на исправление</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/export/receipt_pdf.py" line="49" />
      <source>{local} Bishkek time ({utc} UTC)</source>
      <translation>{local} по времени Бишкека ({utc} UTC)</translation>
    </message>
  </context>
  <context>
    <name>RegisterImport</name>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="142" />
      <source>Checking the rows of the register…</source>
      <translation>Проверка строк реестра…</translation>
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
      <translation>Импорт реестра</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="165" />
      <source>Import the accepted rows?</source>
      <translation>Импортировать принятые строки?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="171" />
      <source>Importing the register…</source>
      <translation>Импорт реестра…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/mapping_dialog.py" line="156" />
      <source>{new} new objects, {matched} already in the register (updated, not duplicated), {bad} rows rejected.</source>
      <translation>Новых объектов: {new}, уже в реестре: {matched} (обновлены, не дублируются), отклонено строк: {bad}.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message numerus="yes">
      <location filename="msu_desktop/services/report/workflow.py" line="78" />
      <source>%n measure(s)</source>
      <translation>
        <numerusform>%n мере</numerusform>
        <numerusform>%n мерах</numerusform>
        <numerusform>%n мерах</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/report/workflow.py" line="77" />
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n ошибка</numerusform>
        <numerusform>%n ошибки</numerusform>
        <numerusform>%n ошибок</numerusform>
      </translation>
    </message>
    <message>
      <source>Approved (locked)</source>
      <translation type="vanished">Утверждён (заблокирован)</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="93" />
      <source>Approved by {name} on {date}</source>
      <translation>Утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="65" />
      <source>Approved, locked</source>
      <translation>Утверждён, заблокирован</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="77" />
      <source>Archive (the programme has ended)</source>
      <translation>Архив (программа закончилась)</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="164" />
      <source>Attached file</source>
      <translation>Прикреплённый файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="160" />
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="88" />
      <source>Carried forward from {period}</source>
      <translation>Перенесено из {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="86" />
      <source>Changed after it was marked complete</source>
      <translation>Изменено после отметки о готовности</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="283" />
      <source>Cleaned when saved: {what}.</source>
      <translation>Очищено при сохранении: {what}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="169" />
      <source>Comment on «{field}»</source>
      <translation>Комментарий к «{field}»</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="162" />
      <source>Comments</source>
      <translation>Комментарии</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="64" />
      <source>Complete</source>
      <translation>Готов</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="74" />
      <source>Current</source>
      <translation>Текущий</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="63" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="75" />
      <source>Due soon</source>
      <translation>Срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="101" />
      <source>Enter the name of the head who approves the report.</source>
      <translation>Введите имя главы, утверждающего отчёт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="124" />
      <source>Give the reason for unlocking the approved report.</source>
      <translation>Укажите причину разблокировки утверждённого отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="109" />
      <source>Mark the report for {period} complete before it is approved.</source>
      <translation>Перед утверждением отметьте отчёт за {period} как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="166" />
      <source>Measure included in the report</source>
      <translation>Мера включена в отчёт</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="102" />
      <source>Measure {code} involves local self-government and must be reported.</source>
      <translation>Мера {code} выполняется с участием органов МСУ, отчёт по ней обязателен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="73" />
      <source>Not started yet</source>
      <translation>Ещё не начался</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="76" />
      <source>Overdue</source>
      <translation>Просрочен</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency_returns.py" line="63" />
      <source>Returned by the agency for correction: {note}</source>
      <translation>Возвращён агентством на исправление: {note}</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/labels.py" line="78" />
      <source>Submitted</source>
      <translation>Сдан</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/comments.py" line="34" />
      <source>The comment is empty.</source>
      <translation>Комментарий пуст.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="70" />
      <source>The plan has no measure {code}.</source>
      <translation>В плане нет меры {code}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/periods.py" line="51" />
      <source>The plan has no reporting period {period}.</source>
      <translation>В плане нет отчётного периода {period}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="73" />
      <source>The report for {period} cannot be marked complete: {count} in {measures}, first in measure {first}.</source>
      <translation>Отчёт за {period} нельзя отметить как готовый: {count} в {measures}, первая — в мере {first}.</translation>
    </message>
    <message>
      <source>The report for {period} cannot be marked complete: {count} problem(s) in {measures} measure(s), first in measure {first}.</source>
      <translation type="vanished">Отчёт за {period} нельзя отметить как готовый: ошибок — {count}, в мерах — {measures}, первая — в мере {first}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/periods.py" line="161" />
      <source>The report for {period} is approved and locked. Unlock it (with a reason) to change it.</source>
      <translation>Отчёт за {period} утверждён и заблокирован. Чтобы изменить его, разблокируйте (с указанием причины).</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/workflow.py" line="130" />
      <source>The report for {period} is not approved, so it is not locked.</source>
      <translation>Отчёт за {period} не утверждён, поэтому он не заблокирован.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="221" />
      <source>The report has no field {field}.</source>
      <translation>В отчёте нет поля {field}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/rules.py" line="46" />
      <source>There are no report rules for the plan {plan}.</source>
      <translation>Для плана {plan} нет правил отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="226" />
      <source>Unknown status {status}.</source>
      <translation>Неизвестный статус {status}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="277" />
      <source>Word's line breaks became line breaks</source>
      <translation>разрывы строк из Word стали переносами строк</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="280" />
      <source>invisible control characters were removed</source>
      <translation>удалены невидимые управляющие символы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="279" />
      <source>soft hyphens were removed</source>
      <translation>удалены мягкие переносы</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/entries.py" line="278" />
      <source>tabs became spaces</source>
      <translation>табуляции заменены пробелами</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/agency_returns.py" line="62" />
      <source>the agency</source>
      <translation>агентство</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/report/carry.py" line="33" />
      <source>{period} is the first period of the plan; there is nothing to carry forward.</source>
      <translation>{period} — первый период плана; переносить нечего.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="83" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>остался %n день</numerusform>
        <numerusform>осталось %n дня</numerusform>
        <numerusform>осталось %n дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/page.py" line="548" />
      <source>%n measure(s)</source>
      <translation>
        <numerusform>в %n мере</numerusform>
        <numerusform>в %n мерах</numerusform>
        <numerusform>в %n мерах</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/page.py" line="547" />
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n ошибка</numerusform>
        <numerusform>%n ошибки</numerusform>
        <numerusform>%n ошибок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/page.py" line="533" />
      <source>%n value(s) carried forward from the previous period.</source>
      <translation>
        <numerusform>Из предыдущего периода перенесено %n значение.</numerusform>
        <numerusform>Из предыдущего периода перенесено %n значения.</numerusform>
        <numerusform>Из предыдущего периода перенесено %n значений.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="96" />
      <source>&amp;Attach files…</source>
      <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
      <source>&amp;Unlock…</source>
      <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
      <source>A&amp;pprove…</source>
      <translation>&amp;Утвердить…</translation>
    </message>
    <message>
      <source>Also report on measures that local self-government does not take part in</source>
      <translation>Отчитаться также по мерам без участия органов МСУ</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="50" />
      <source>Approved, locked</source>
      <translation>Утверждён, заблокирован</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="142" />
      <source>Attach documents and photos</source>
      <translation>Прикрепить документы и фотографии</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="vanished">Отмена</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="497" />
      <source>Comment added.</source>
      <translation>Комментарий добавлен.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="488" />
      <source>Comments: {what}</source>
      <translation>Комментарии: {what}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="49" />
      <source>Complete</source>
      <translation>Готов</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="182" />
      <source>Copying files…</source>
      <translation>Копирование файлов…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="144" />
      <source>Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)</source>
      <translation>Документы и фотографии (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="103" />
      <source>Documents and photos:</source>
      <translation>Документы и фотографии:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="48" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="195" />
      <source>Files attached.</source>
      <translation>Файлы прикреплены.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="148" />
      <source>History of {period}</source>
      <translation>История: {period}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="458" />
      <source>History: {what}</source>
      <translation>История: {what}</translation>
    </message>
    <message>
      <source>Mark &amp;complete</source>
      <translation>Отметить как &amp;готовый</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="440" />
      <source>Measure {code} added to the report.</source>
      <translation>Мера {code} добавлена в отчёт.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="442" />
      <source>Measure {code} removed from the report.</source>
      <translation>Мера {code} исключена из отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="541" />
      <source>No problems found: the report can be marked complete.</source>
      <translation>Ошибок не найдено: отчёт можно отметить как готовый.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="251" />
      <source>Nothing is reported for {period} yet. Choose a measure in the list and fill in its status and what was done, or press “Start from previous period” to begin from the last report.</source>
      <translation>За {period} пока ничего не заполнено. Выберите меру в списке и заполните её статус и что сделано, или нажмите «Начать с предыдущего периода», чтобы начать с прошлого отчёта.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="107" />
      <source>Nothing to redo</source>
      <translation>Нечего повторять</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="102" />
      <source>Nothing to undo</source>
      <translation>Нечего отменять</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="162" />
      <source>Open the report</source>
      <translation>Открыть отчёт</translation>
    </message>
    <message>
      <source>Other measures</source>
      <translation>Другие меры</translation>
    </message>
    <message>
      <source>Period history…</source>
      <translation>История периода…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="171" />
      <source>Predecessors' reports (archive, read-only)</source>
      <translation>Отчёты предшественников (архив, только чтение)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="64" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="108" />
      <source>Redo: {what} ({keys})</source>
      <translation>Повторить: {what} ({keys})</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="100" />
      <source>Remove file</source>
      <translation>Удалить файл</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="400" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>Start from previous period</source>
      <translation>Начать с предыдущего периода</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="146" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/attachments.py" line="160" />
      <source>The file {path} was not found.</source>
      <translation>Файл {path} не найден.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="66" />
      <source>The programme has ended: this report is an archive. It can still be completed; it is no longer overdue.</source>
      <translation>Программа закончилась: этот отчёт — архив. Его ещё можно дополнить; просроченным он больше не считается.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="576" />
      <source>The report is approved and locked.</source>
      <translation>Отчёт утверждён и заблокирован.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="564" />
      <source>The report is marked complete. The head can approve it now.</source>
      <translation>Отчёт отмечен как готовый. Теперь глава может его утвердить.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="591" />
      <source>The report is unlocked; the reason is in the history.</source>
      <translation>Отчёт разблокирован; причина записана в историю.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="62" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/undo.py" line="103" />
      <source>Undo: {what} ({keys})</source>
      <translation>Отменить: {what} ({keys})</translation>
    </message>
    <message>
      <source>Who marked the report complete, approved, unlocked or returned it, when and why; and a predecessor's archived reports</source>
      <translation>Кто, когда и почему отметил отчёт готовым, утвердил, разблокировал или вернул его; архивные отчёты предшественника</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="79" />
      <source>approved by {name} on {date}</source>
      <translation>утвердил(а) {name}, {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="60" />
      <source>archive</source>
      <translation>архив</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="85" />
      <source>archive: the programme has ended</source>
      <translation>архив: программа закончилась</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="57" />
      <source>current</source>
      <translation>текущий</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="58" />
      <source>due soon</source>
      <translation>срок скоро</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="56" />
      <source>not started yet</source>
      <translation>ещё не начался</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="59" />
      <source>overdue</source>
      <translation>просрочен</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/gui/report/models.py" line="87" />
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>просрочен на %n день</numerusform>
        <numerusform>просрочен на %n дня</numerusform>
        <numerusform>просрочен на %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>overdue by {days} days</source>
      <translation type="vanished">просрочен на {days} дн.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="61" />
      <source>submitted</source>
      <translation>сдан</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="362" />
      <source>{code}: clear what the status left</source>
      <translation>{code}: очистка неприменимого</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation type="vanished">осталось дней: {days}</translation>
    </message>
    <message>
      <source>{n} problem(s) in {m} measure(s). The first is shown.</source>
      <translation type="vanished">Ошибок: {n}, в мерах: {m}. Показана первая.</translation>
    </message>
    <message>
      <source>{n} values carried forward from the previous period.</source>
      <translation type="vanished">Перенесено значений из предыдущего периода: {n}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/models.py" line="75" />
      <source>{period}: {state}. Due {date}</source>
      <translation>{period}: {state}. Срок {date}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/page.py" line="546" />
      <source>{problems} in {measures}. The first is shown.</source>
      <translation>{problems} {measures}. Показана первая.</translation>
    </message>
  </context>
  <context>
    <name>ReportRules</name>
    <message numerus="yes">
      <location filename="msu_desktop/domain/report.py" line="471" />
      <source>At most %n digit(s) after the decimal point (soms and tyiyns).</source>
      <translation>
        <numerusform>Не более %n знака после запятой (сомы и тыйыны).</numerusform>
        <numerusform>Не более %n знаков после запятой (сомы и тыйыны).</numerusform>
        <numerusform>Не более %n знаков после запятой (сомы и тыйыны).</numerusform>
      </translation>
    </message>
    <message>
      <source>At most {n} digits after the decimal point (soms and tyiyns).</source>
      <translation type="vanished">Не более {n} знаков после запятой (сомы и тыйыны).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="464" />
      <source>Cannot be negative.</source>
      <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="338" />
      <source>Does not apply when the status is {status}: clear it.</source>
      <translation>Не применяется при статусе {status}: очистите.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="500" />
      <source>Ends before it starts.</source>
      <translation>Окончание раньше начала.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="457" />
      <source>Enter a whole number.</source>
      <translation>Введите целое число.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="441" />
      <source>Give at least one of: {fields}.</source>
      <translation>Заполните хотя бы одно из: {fields}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="507" />
      <source>Is after the end of the period ({date}).</source>
      <translation>Позже конца периода ({date}).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="493" />
      <source>Not a date: {value} (use DD.MM.YYYY).</source>
      <translation>Это не дата: {value} (формат ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="450" />
      <source>Not a number: {value}</source>
      <translation>Это не число: {value}</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="525" />
      <source>Not one of the offered choices.</source>
      <translation>Значения нет среди предложенных вариантов.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="360" />
      <source>Required when the status is one of {statuses}.</source>
      <translation>Обязательно при статусах {statuses}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="359" />
      <source>Required when the status is {status}.</source>
      <translation>Обязательно при статусе {status}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/domain/report.py" line="356" />
      <source>Required.</source>
      <translation>Обязательное поле.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/domain/report.py" line="536" />
      <source>Too long: at most %n character(s).</source>
      <translation>
        <numerusform>Слишком длинно: не более %n символа.</numerusform>
        <numerusform>Слишком длинно: не более %n символов.</numerusform>
        <numerusform>Слишком длинно: не более %n символов.</numerusform>
      </translation>
    </message>
    <message>
      <source>Too long: at most {n} characters.</source>
      <translation type="vanished">Слишком длинно: не более {n} символов.</translation>
    </message>
  </context>
  <context>
    <name>RevaluationDialog</name>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="33" />
      <source>Basis (act, order):</source>
      <translation>Основание (акт, приказ):</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="30" />
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="31" />
      <source>New book value, som:</source>
      <translation>Новая балансовая стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="32" />
      <source>Residual value, som:</source>
      <translation>Остаточная стоимость, сом:</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/property/revaluation_dialog.py" line="21" />
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
    <name>Staff</name>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="119" />
      <source>#{seq}, received {date}</source>
      <translation>№{seq}, получен {date}</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/staff_plan.py" line="364" />
      <source>%n problem(s); nothing can be published until they are fixed in the workbook.</source>
      <translation>
        <numerusform>%n проблема; ничего нельзя опубликовать, пока она не исправлена в книге.</numerusform>
        <numerusform>%n проблемы; ничего нельзя опубликовать, пока они не исправлены в книге.</numerusform>
        <numerusform>%n проблем; ничего нельзя опубликовать, пока они не исправлены в книге.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="359" />
      <source>Accept</source>
      <translation>Принять</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="405" />
      <source>Accept this package? The municipality will be told.</source>
      <translation>Принять этот пакет? Муниципалитету будет сообщено.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="175" />
      <source>Action Plan workbook (.xlsx)</source>
      <translation>Книга Плана действий (.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="71" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="67" />
      <source>Add an account</source>
      <translation>Добавить учётную запись</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="371" />
      <source>Against the installed version</source>
      <translation>По сравнению с установленной версией</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="430" />
      <source>Back to the package</source>
      <translation>Назад к пакету</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="295" />
      <source>Before</source>
      <translation>Было</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="173" />
      <source>Blank Action Plan workbook (Kyrgyz and Russian sheets)</source>
      <translation>Пустая книга Плана действий (листы на кыргызском и русском)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="378" />
      <source>Check the plan</source>
      <translation>Проверить план</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="475" />
      <source>Choose a period.</source>
      <translation>Выберите период.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="96" />
      <source>Choose the workbook file to upload.</source>
      <translation>Выберите файл книги для загрузки.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="219" />
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="352" />
      <source>Comment of the agency</source>
      <translation>Комментарий агентства</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="356" />
      <source>Comment on the whole report</source>
      <translation>Комментарий ко всему отчёту</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="552" />
      <source>Confirm</source>
      <translation>Подтвердить</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="547" />
      <source>Confirm a key from the stamped paper</source>
      <translation>Подтвердить ключ по бумаге с печатью</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="432" />
      <source>Confirm the decision</source>
      <translation>Подтвердите решение</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="580" />
      <source>Confirmed; the held packages got their receipts.</source>
      <translation>Подтверждено; задержанные пакеты получили квитанции.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="351" />
      <source>Confirming document and evidence</source>
      <translation>Подтверждающий документ и доказательства</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="257" />
      <source>Consolidated report (PDF)</source>
      <translation>Сводный отчёт (PDF)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="256" />
      <source>Consolidated report (xlsx)</source>
      <translation>Сводный отчёт (xlsx)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="341" />
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="350" />
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="360" />
      <source>Decisions</source>
      <translation>Решения</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="38" />
      <source>Each merged municipality with its former ones: who was expected for a period is judged by the directory valid then (before the merger the former municipalities, from it the merged one).</source>
      <translation>Каждый объединённый муниципалитет с бывшими: кто должен был отчитаться за период, определяется по справочнику, действовавшему тогда (до объединения — бывшие муниципалитеты, с него — объединённый).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="644" />
      <source>Evidence</source>
      <translation>Доказательства</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="578" />
      <source>Expected: the first package signed with this key will be trusted.</source>
      <translation>Ожидается: первому пакету, подписанному этим ключом, будет оказано доверие.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="172" />
      <source>Fill in the Action Plan workbook as the decree's annex: one sheet per language (№, measure, deadline, expected result and indicators, executors, funding) and the sheet programme with its years and reporting rule. If the annex came as Word, upload its tables (.docx) with the workbook: they replace the ky and ru sheets.</source>
      <translation>Заполните книгу Плана действий как приложение к постановлению: по листу на язык (№, мероприятие, срок, ожидаемый результат и индикаторы, исполнители, финансирование) и лист programme с годами программы и правилом отчётности. Если приложение пришло в Word, загрузите его таблицы (.docx) вместе с книгой: они заменят листы ky и ru.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="551" />
      <source>Fingerprint</source>
      <translation>Отпечаток</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="348" />
      <source>Indicators</source>
      <translation>Показатели</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="544" />
      <source>Keys waiting for confirmation</source>
      <translation>Ключи, ожидающие подтверждения</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="83" />
      <source>Log in</source>
      <translation>Войти</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="90" />
      <source>Log out</source>
      <translation>Выйти</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="81" />
      <source>Login</source>
      <translation>Логин</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="345" />
      <source>Measure</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="224" />
      <source>Merged municipalities and their former ones</source>
      <translation>Объединённые муниципалитеты и их бывшие</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="349" />
      <source>Money by source, som</source>
      <translation>Средства по источникам, сом</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="643" />
      <source>Money, total</source>
      <translation>Средства, всего</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="320" />
      <source>Move one period's deadline</source>
      <translation>Перенести срок одного периода</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="324" />
      <source>Move the deadline</source>
      <translation>Перенести срок</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="554" />
      <source>Municipalities' keys</source>
      <translation>Ключи муниципалитетов</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="545" />
      <source>Municipality</source>
      <translation>Муниципалитет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="70" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="323" />
      <source>New deadline (31.12.2031)</source>
      <translation>Новый срок (31.12.2031)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="546" />
      <source>New key (not confirmed)</source>
      <translation>Новый ключ (не подтверждён)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="86" />
      <source>New password</source>
      <translation>Новый пароль</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="351" />
      <source>No such draft; upload the workbook again.</source>
      <translation>Такого черновика нет; загрузите книгу снова.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="391" />
      <source>No such package.</source>
      <translation>Такого пакета нет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="203" />
      <source>No such plan package.</source>
      <translation>Такого пакета плана нет.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="290" />
      <source>No value changed.</source>
      <translation>Ни одно значение не изменилось.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="144" />
      <source>Not a period</source>
      <translation>Не период</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="177" />
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="295" />
      <source>Now</source>
      <translation>Стало</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="259" />
      <source>Package</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="271" />
      <source>Package of a municipality</source>
      <translation>Пакет муниципалитета</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="546" />
      <source>Packages held</source>
      <translation>Задержано пакетов</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/web.py" line="210" />
      <source>Packages held until a key is confirmed: %n</source>
      <translation>
        <numerusform>Пакетов, задержанных до подтверждения ключа: %n</numerusform>
        <numerusform>Пакетов, задержанных до подтверждения ключа: %n</numerusform>
        <numerusform>Пакетов, задержанных до подтверждения ключа: %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="339" />
      <source>Passphrase of the agency's signing key</source>
      <translation>Пароль ключа подписи агентства</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="82" />
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="253" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="336" />
      <source>Publish</source>
      <translation>Опубликовать</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="222" />
      <source>Publish a programme</source>
      <translation>Опубликовать программу</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="178" />
      <source>Published plan packages (for USB delivery)</source>
      <translation>Опубликованные пакеты плана (для доставки на флешке)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="426" />
      <source>Published: {name}. Download it below for USB delivery.</source>
      <translation>Опубликовано: {name}. Скачайте его ниже для доставки на флешке.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="219" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="343" />
      <source>Received</source>
      <translation>Получен</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="218" />
      <source>Refused uploads and why</source>
      <translation>Отклонённые загрузки и причины</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/web.py" line="201" />
      <source>Refused uploads from unverified senders (counted, not listed): %n</source>
      <translation>
        <numerusform>Отклонённых загрузок от непроверенных отправителей (считаются, не перечисляются): %n</numerusform>
        <numerusform>Отклонённых загрузок от непроверенных отправителей (считаются, не перечисляются): %n</numerusform>
        <numerusform>Отклонённых загрузок от непроверенных отправителей (считаются, не перечисляются): %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="545" />
      <source>Registered key</source>
      <translation>Зарегистрированный ключ</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="553" />
      <source>Registered keys</source>
      <translation>Зарегистрированные ключи</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="56" />
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="106" />
      <source>Removed: {login}</source>
      <translation>Удалено: {login}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="261" />
      <source>Reports received by the agency</source>
      <translation>Отчёты, поступившие в агентство</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="358" />
      <source>Return for correction</source>
      <translation>Вернуть на исправление</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="407" />
      <source>Return this package for correction with these comments? The municipality will be told.</source>
      <translation>Вернуть этот пакет на исправление с этими замечаниями? Муниципалитету будет сообщено.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="254" />
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="341" />
      <source>Sign and publish</source>
      <translation>Подписать и опубликовать</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="328" />
      <source>Sign and publish {title}, version {version}? The offices will install it as their programme.</source>
      <translation>Подписать и опубликовать «{title}», версия {version}? Органы МСУ установят её как свою программу.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="223" />
      <source>Staff accounts</source>
      <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="259" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="641" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="255" />
      <source>Submitted: {s} · late: {l} · missing: {m}</source>
      <translation>Сдали: {s} · с опозданием: {l} · нет: {m}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="151" />
      <source>The agency is not set up in this folder: run msu-agency init first, then start the inbox again.</source>
      <translation>Агентство в этой папке не настроено: сначала выполните msu-agency init, затем снова запустите приёмную.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="85" />
      <source>The agency's inbox: staff login</source>
      <translation>Приёмный ящик агентства: вход для сотрудников</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="176" />
      <source>The annex's tables in Word (.docx), if any</source>
      <translation>Таблицы приложения в Word (.docx), если есть</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="398" />
      <source>The deadline was moved in the draft.</source>
      <translation>Срок перенесён в черновике.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="48" />
      <source>The directory names no merged municipality.</source>
      <translation>В справочнике нет объединённых муниципалитетов.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="123" />
      <source>The form has expired or did not come from this page; open the page again.</source>
      <translation>Форма устарела или отправлена не с этой страницы; откройте страницу заново.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/pages.py" line="71" />
      <source>The form is too large.</source>
      <translation>Форма слишком велика.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="340" />
      <source>The key does not leave the agency's folder; the passphrase is used once and not kept.</source>
      <translation>Ключ не покидает папку агентства; пароль используется один раз и не сохраняется.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="83" />
      <source>The password of {login}, shown only now; hand it over in person:</source>
      <translation>Пароль {login}, показывается только сейчас; передайте его лично:</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="444" />
      <source>The plan has problems; nothing was signed.</source>
      <translation>В плане есть проблемы; ничего не подписано.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="340" />
      <source>The report as PDF</source>
      <translation>Отчёт в PDF</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="447" />
      <source>The signing key is not on this computer (it is kept offline): copy agency.key from its stick into the keys folder of the agency's data folder, publish, then delete it from there again.</source>
      <translation>Ключа подписи нет на этом компьютере (он хранится офлайн): скопируйте agency.key с его флешки в папку keys папки данных агентства, опубликуйте, затем снова удалите его оттуда.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_agency/inbox/staff_plan.py" line="85" />
      <source>The upload is larger than %n MB; nothing was changed.</source>
      <translation>
        <numerusform>Загруженный файл больше %n МБ; ничего не изменено.</numerusform>
        <numerusform>Загруженный файл больше %n МБ; ничего не изменено.</numerusform>
        <numerusform>Загруженный файл больше %n МБ; ничего не изменено.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="373" />
      <source>The whole plan in both languages</source>
      <translation>Весь план на двух языках</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="281" />
      <source>This corrected package replaces</source>
      <translation>Этот исправленный пакет заменяет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="142" />
      <source>This is not a reporting period (write it as 2021-H2).</source>
      <translation>Это не отчётный период (пишите как 2021-H2).</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="566" />
      <source>This is not a СОАТЕ code.</source>
      <translation>Это не код СОАТЕ.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="411" />
      <source>Tick the confirmation first; nothing was signed.</source>
      <translation>Сначала отметьте подтверждение; ничего не подписано.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="219" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="548" />
      <source>Type the fingerprint exactly as printed on the municipality's stamped paper report. It is compared with the keys that signed its packages; before any package arrived, it is recorded as expected.</source>
      <translation>Введите отпечаток точно так, как он напечатан на бумажном отчёте муниципалитета с печатью. Он сравнивается с ключами, которыми подписаны его пакеты; если пакетов ещё не было, он записывается как ожидаемый.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="241" />
      <source>Upload the Action Plan workbook (.xlsx): it holds the programme's years and reporting rule, even when the tables come in Word.</source>
      <translation>Загрузите книгу Плана действий (.xlsx): в ней годы программы и правило отчётности, даже когда таблицы пришли в Word.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="294" />
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="363" />
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="293" />
      <source>What changed since #{seq}</source>
      <translation>Что изменилось после #{seq}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="642" />
      <source>What was done</source>
      <translation>Что сделано</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="361" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="362" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="72" />
      <source>Who did what</source>
      <translation>Кто что сделал</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="76" />
      <source>Wrong login or password.</source>
      <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="429" />
      <source>Yes, decide</source>
      <translation>Да, решить</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="302" />
      <source>accepted</source>
      <translation>принят</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="28" />
      <source>accepted a package</source>
      <translation>принял(а) пакет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="32" />
      <source>added an account</source>
      <translation>добавил(а) учётную запись</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="30" />
      <source>confirmed a key</source>
      <translation>подтвердил(а) ключ</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="525" />
      <source>expected: {fp}</source>
      <translation>ожидается: {fp}</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="190" />
      <source>late</source>
      <translation>с опозданием</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="27" />
      <source>logged in</source>
      <translation>вошёл (вошла)</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="179" />
      <source>missing, late</source>
      <translation>нет, срок прошёл</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/predecessors.py" line="123" />
      <source>not expected for this period by the directory</source>
      <translation>по справочнику за этот период не ожидался</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="181" />
      <source>not yet submitted</source>
      <translation>ещё не сдан</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="31" />
      <source>published a plan</source>
      <translation>опубликовал(а) план</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="135" />
      <source>received, waiting for a decision</source>
      <translation>получен, ждёт решения</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="33" />
      <source>removed an account</source>
      <translation>удалил(а) учётную запись</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="34" />
      <source>reset a password</source>
      <translation>сменил(а) пароль</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_accounts.py" line="29" />
      <source>returned a package</source>
      <translation>вернул(а) пакет</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="303" />
      <source>returned for correction</source>
      <translation>возвращён на исправление</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/web.py" line="511" />
      <source>the key of the former {name} {code}: confirming moves it here</source>
      <translation>ключ бывшего {name} {code}: подтверждение перенесёт его сюда</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="62" />
      <source>{name} is not an Action Plan workbook (.xlsx) or a Word document (.docx) that can be read; nothing was changed.</source>
      <translation>{name} — не книга Плана действий (.xlsx) и не документ Word (.docx), который можно прочитать; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="msu_agency/inbox/staff_plan.py" line="393" />
      <source>{value} is not a date (31.12.2028).</source>
      <translation>{value} — не дата (31.12.2028).</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="msu_desktop/gui/app.py" line="129" />
      <source>Restore the latest good backup from {date}?</source>
      <translation>Восстановить последнюю исправную резервную копию от {date}?</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/app.py" line="117" />
      <source>There is no good backup in {path}. If you have a backup on a USB stick, restore it with: msu-desktop restore FILE</source>
      <translation>В {path} нет исправной резервной копии. Если копия есть на флешке, восстановите её командой: msu-desktop restore ФАЙЛ</translation>
    </message>
  </context>
  <context>
    <name>Succession</name>
    <message>
      <location filename="msu_desktop/services/succession.py" line="47" />
      <source>The directory says that {old} is now {new} from {date}. New reports and packages will carry the new name and code; those already sent stay under the old ones.</source>
      <translation>По справочнику {old} с {date} называется {new}. Новые отчёты и пакеты получат новые название и код; уже отправленные остаются под прежними.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/succession.py" line="37" />
      <source>The directory says that {old} was merged into {new} from {date}. New reports and packages will carry the new code; those already sent stay under the old one.</source>
      <translation>По справочнику {old} с {date} объединён в {new}. Новые отчёты и пакеты получат новый код; уже отправленные остаются под прежним.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/succession.py" line="102" />
      <source>The municipality was changed meanwhile; nothing was changed. Look again.</source>
      <translation>Муниципалитет тем временем изменён; ничего не изменено. Посмотрите ещё раз.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/succession.py" line="124" />
      <source>succession by the directory ({decision})</source>
      <translation>правопреемство по справочнику ({decision})</translation>
    </message>
  </context>
  <context>
    <name>SuccessionBanner</name>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="27" />
      <source>Accept the change</source>
      <translation>Принять изменение</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="30" />
      <source>Bring in a predecessor's data…</source>
      <translation>Перенести данные предшественника…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="51" />
      <source>Merged into this municipality: {names}. Their property registers can be brought in from their backups or data folders.</source>
      <translation>В этот муниципалитет вошли: {names}. Их реестры имущества можно перенести из их резервных копий или папок данных.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="68" />
      <source>The predecessor's register was brought in.</source>
      <translation>Реестр предшественника перенесён.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/succession_banner.py" line="80" />
      <source>This office is now {name} ({code}).</source>
      <translation>Теперь это {name} ({code}).</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="msu_desktop/gui/workers.py" line="89" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/transfer.py" line="120" />
      <source>%n object(s) were brought in before and are left as they are.</source>
      <translation>
        <numerusform>%n объект уже перенесён ранее и оставлен как есть.</numerusform>
        <numerusform>%n объекта уже перенесены ранее и оставлены как есть.</numerusform>
        <numerusform>%n объектов уже перенесены ранее и оставлены как есть.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/transfer.py" line="77" />
      <source>From {name} ({code}): %n object(s) to bring in.</source>
      <translation>
        <numerusform>Из {name} ({code}): будет перенесён %n объект.</numerusform>
        <numerusform>Из {name} ({code}): будет перенесено %n объекта.</numerusform>
        <numerusform>Из {name} ({code}): будет перенесено %n объектов.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="97" />
      <source>Leases: {leases}; council decisions: {decisions}; revaluations: {revaluations}.</source>
      <translation>Договоров аренды: {leases}; решений кенеша: {decisions}; переоценок: {revaluations}.</translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="88" />
      <source>No. {old} is taken in this register: it becomes {new}.</source>
      <translation>№ {old} уже занят в этом реестре: он станет {new}.</translation>
    </message>
    <message numerus="yes">
      <location filename="msu_desktop/services/property/transfer.py" line="108" />
      <source>Reports of {name}: %n period(s), kept as a read-only archive (PDF) in archive/{code}.</source>
      <translation>
        <numerusform>Отчёты {name}: %n период, сохранён как архив только для чтения (PDF) в archive/{code}.</numerusform>
        <numerusform>Отчёты {name}: %n периода, сохранены как архив только для чтения (PDF) в archive/{code}.</numerusform>
        <numerusform>Отчёты {name}: %n периодов, сохранены как архив только для чтения (PDF) в archive/{code}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="msu_desktop/services/property/transfer.py" line="396" />
      <source>transferred from {name} ({code}) by merger on {date} ({decision}); former inventory No. {old}</source>
      <translation>передан из {name} ({code}) при объединении {date} ({decision}); прежний инв. № {old}</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="131" />
      <source>Backup file</source>
      <translation>Файл резервной копии</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="44" />
      <source>Backup file or data folder</source>
      <translation>Файл резервной копии или папка данных</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="45" />
      <source>Backup file…</source>
      <translation>Файл резервной копии…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="131" />
      <source>Backups (*.zip)</source>
      <translation>Резервные копии (*.zip)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="66" />
      <source>Bring in</source>
      <translation>Перенести</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="32" />
      <source>Bring in a predecessor's data</source>
      <translation>Перенос данных предшественника</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="64" />
      <source>Check</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="144" />
      <source>Choose a backup file or a data folder first.</source>
      <translation>Сначала выберите файл резервной копии или папку данных.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="34" />
      <source>Choose the backup (.zip) or the data folder of this app from a municipality that was merged into yours, or the Excel register it kept. Check shows what would come; nothing is changed until you press Bring in. Its data is only read.</source>
      <translation>Выберите резервную копию (.zip) или папку данных этой программы муниципалитета, вошедшего в ваш, или реестр в Excel, который он вёл. «Проверить» покажет, что будет перенесено; ничего не меняется, пока вы не нажмёте «Перенести». Его данные только читаются.</translation>
    </message>
    <message>
      <source>Choose the backup (.zip) or the data folder of this app from a municipality that was merged into yours. Check shows what would come; nothing is changed until you press Bring in. Its data is only read.</source>
      <translation type="vanished">Выберите резервную копию (.zip) или папку данных этой программы муниципалитета, вошедшего в ваш. «Проверить» покажет, что будет перенесено; ничего не меняется, пока вы не нажмёте «Перенести». Его данные только читаются.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="69" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="137" />
      <source>Data folder</source>
      <translation>Папка данных</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="47" />
      <source>Data folder…</source>
      <translation>Папка данных…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="173" />
      <source>Done: brought in as checked.</source>
      <translation>Готово: перенесено, как показала проверка.</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="109" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="109" />
      <source>Excel register</source>
      <translation>Реестр в Excel</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="49" />
      <source>Excel register…</source>
      <translation>Реестр в Excel…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/transfer_dialog.py" line="55" />
      <source>The Excel register of:</source>
      <translation>Чей это реестр в Excel:</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="94" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/report/dialogs.py" line="89" />
      <source>Unlock the report for {period}</source>
      <translation>Разблокировать отчёт за {period}</translation>
    </message>
    <message>
      <source>Why must the approved report be changed?</source>
      <translation>Почему нужно изменить утверждённый отчёт?</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="42" />
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="44" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="47" />
      <source>Save as &amp;PDF…</source>
      <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="90" />
      <source>Save the user guide as PDF</source>
      <translation>Сохранить руководство как PDF</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="85" />
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="78" />
      <source>User guide</source>
      <translation>Руководство пользователя</translation>
    </message>
    <message>
      <location filename="msu_desktop/gui/user_guide.py" line="91" />
      <source>User guide.pdf</source>
      <translation>Руководство пользователя.pdf</translation>
    </message>
  </context>
</TS>
