<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Scrim activity</source>
        <translation>Scrim-Aktivität</translation>
    </message>
    <message>
        <source>Filter: any text, e.g. PCI, ChatGPT, anonymized_copy</source>
        <translation>Filter: beliebiger Text, z. B. PCI, ChatGPT, anonymized_copy</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The audit log is not available (no encrypted store).</source>
        <translation>Das Audit-Protokoll ist nicht verfügbar (keine verschlüsselte Datenbank).</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> (approved)</source>
        <translation> (zugelassen)</translation>
    </message>
    <message>
        <source> (not approved)</source>
        <translation> (nicht zugelassen)</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>Die Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2. Events may have been changed or removed; tell your administrator.</source>
        <translation>Die Kette ist bei Ereignis %1 unterbrochen: %2. Möglicherweise wurden Ereignisse verändert oder entfernt; informieren Sie Ihren Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Kette intakt: %n Ereignis geprüft.</numerusform>
            <numerusform>Kette intakt: %n Ereignisse geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Das Audit-Protokoll ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>AnonymizeCommand</name>
    <message>
        <source>Replace sensitive values with tokens that &apos;restore&apos; can undo</source>
        <translation>Sensible Werte durch Token ersetzen, die &apos;restore&apos; rückgängig machen kann</translation>
    </message>
    <message>
        <source>The vault session (one conversation with an AI tool; default: default).</source>
        <translation>Die Tresor-Sitzung (ein Gespräch mit einem KI-Werkzeug; Standard: default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>token (default; restorable), surrogate (realistic fakes; restorable), mask, redact or hash (one-way).</source>
        <translation>token (Standard; wiederherstellbar), surrogate (realistische Ersatzwerte; wiederherstellbar), mask, redact oder hash (nicht umkehrbar).</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <source>Print JSON: the text and the replacements by token and type.</source>
        <translation>JSON ausgeben: den Text und die Ersetzungen nach Token und Typ.</translation>
    </message>
    <message>
        <source>With --json: include the original values (off by default).</source>
        <translation>Mit --json: die Originalwerte einschließen (standardmäßig aus).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The text to anonymize; - or nothing reads standard input.</source>
        <translation>Der zu anonymisierende Text; bei - oder ohne Angabe wird die Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: unknown operator &apos;%1&apos;; use token, surrogate, mask, redact or hash.</source>
        <translation>scrim-cli anonymize: Unbekannter Operator &apos;%1&apos;; verwenden Sie token, surrogate, mask, redact oder hash.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: --show-values goes with --json.</source>
        <translation>scrim-cli anonymize: --show-values gehört zu --json.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli anonymize: Geben Sie genau eine Datei an (oder - für die Standardeingabe), nicht %1.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the rules could not be loaded: %1</source>
        <translation>scrim-cli anonymize: Die Regeln konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the text could not be scanned, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: Der Text konnte nicht geprüft werden, daher wurde nichts ausgegeben: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: %1</source>
        <translation>scrim-cli anonymize: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the vault could not keep the originals, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: Der Tresor konnte die Originalwerte nicht speichern, daher wurde nichts ausgegeben: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the audit log could not record this, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: Das Audit-Protokoll konnte diesen Vorgang nicht aufzeichnen, daher wurde nichts ausgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced. Restore the AI&apos;s answer with: scrim-cli restore --session %1</source>
        <translation>
            <numerusform>%n Wert ersetzt. Stellen Sie die Antwort der KI wieder her mit: scrim-cli restore --session %1</numerusform>
            <numerusform>%n Werte ersetzt. Stellen Sie die Antwort der KI wieder her mit: scrim-cli restore --session %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced (%1: cannot be restored).</source>
        <translation>
            <numerusform>%n Wert ersetzt (%1: nicht wiederherstellbar).</numerusform>
            <numerusform>%n Werte ersetzt (%1: nicht wiederherstellbar).</numerusform>
        </translation>
    </message>
    <message>
        <source>A policy file: its custom rules, dictionaries and allowlist apply, and its operators for approved AI tools unless --operator is given.</source>
        <translation>Eine Richtliniendatei: ihre eigenen Regeln, Wörterbücher und Ausnahmeliste gelten, und ihre Operatoren für zugelassene KI-Werkzeuge, sofern --operator nicht angegeben ist.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the policy &apos;%1&apos; cannot be used; &apos;scrim-cli policy lint %1&apos; says why.</source>
        <translation>scrim-cli anonymize: Die Richtlinie &apos;%1&apos; kann nicht verwendet werden; &apos;scrim-cli policy lint %1&apos; nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>Not protecting the clipboard: on Wayland Scrim cannot see what other applications copy. Use the paste-box to check text before you paste it.</source>
        <translation>Die Zwischenablage wird nicht geschützt: Unter Wayland kann Scrim nicht sehen, was andere Anwendungen kopieren. Prüfen Sie Text mit der Einfügebox, bevor Sie ihn einfügen.</translation>
    </message>
    <message>
        <source>Scrim cannot tell which window has the focus (%1), so it warns on copy but cannot swap the clipboard for AI tools.</source>
        <translation>Scrim kann nicht erkennen, welches Fenster den Fokus hat (%1); daher warnt es beim Kopieren, kann die Zwischenablage für KI-Werkzeuge aber nicht austauschen.</translation>
    </message>
    <message>
        <source>Clipboard not checked</source>
        <translation>Zwischenablage nicht geprüft</translation>
    </message>
    <message>
        <source>The clipboard&apos;s content is too big to read; treat it as sensitive.</source>
        <translation>Der Inhalt der Zwischenablage ist zu groß zum Lesen; behandeln Sie ihn als sensibel.</translation>
    </message>
    <message>
        <source>Clipboard checked in part</source>
        <translation>Zwischenablage teilweise geprüft</translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard</source>
        <translation>Sensibler Text in der Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds %1. Paste it only where it belongs.</source>
        <translation>Die Zwischenablage enthält %1. Fügen Sie den Inhalt nur dort ein, wo er hingehört.</translation>
    </message>
    <message>
        <source>The clipboard holds %1, and %2 has the focus. Anonymize it before you paste it there.</source>
        <translation>Die Zwischenablage enthält %1, und %2 hat den Fokus. Anonymisieren Sie den Inhalt, bevor Sie ihn dort einfügen.</translation>
    </message>
    <message>
        <source>Only the first %1 KiB were checked.</source>
        <translation>Nur die ersten %1 KiB wurden geprüft.</translation>
    </message>
    <message>
        <source>Clipboard blocked for %1</source>
        <translation>Zwischenablage für %1 gesperrt</translation>
    </message>
    <message>
        <source>The clipboard now holds an anonymized copy (%1 replaced). Your organisation asks for a reason before the original can go to %2.</source>
        <translation>Die Zwischenablage enthält jetzt eine anonymisierte Kopie (%1 ersetzt). Ihre Organisation verlangt eine Begründung, bevor das Original an %2 gehen kann.</translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1</source>
        <translation>Zwischenablage für %1 anonymisiert</translation>
    </message>
    <message>
        <source>While %1 has the focus, the clipboard holds an anonymized copy (%2 replaced). The original comes back when you switch to another window. To put the values back into the answer, copy it and choose Restore from clipboard.</source>
        <translation>Solange %1 den Fokus hat, enthält die Zwischenablage eine anonymisierte Kopie (%2 ersetzt). Das Original kehrt zurück, sobald Sie zu einem anderen Fenster wechseln. Um die Werte wieder in die Antwort einzusetzen, kopieren Sie die Antwort und wählen Sie „Aus der Zwischenablage wiederherstellen“.</translation>
    </message>
    <message>
        <source>The encrypted store is not available, so the values cannot be restored later.</source>
        <translation>Die verschlüsselte Datenbank ist nicht verfügbar, daher können die Werte später nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Nothing sensitive is on the clipboard.</source>
        <translation>In der Zwischenablage befindet sich nichts Sensibles.</translation>
    </message>
    <message>
        <source>An anonymized copy is on the clipboard.</source>
        <translation>Die Zwischenablage enthält eine anonymisierte Kopie.</translation>
    </message>
    <message>
        <source>Scrim will not warn again about this text.</source>
        <translation>Scrim warnt bei diesem Text nicht noch einmal.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. This was recorded.</source>
        <translation>Der Originaltext ist wieder in der Zwischenablage. Dies wurde protokolliert.</translation>
    </message>
    <message>
        <source>Original restored</source>
        <translation>Original wiederhergestellt</translation>
    </message>
    <message>
        <source>There is nothing to release.</source>
        <translation>Es gibt nichts freizugeben.</translation>
    </message>
    <message numerus="yes">
        <source>Please write at least %n character(s) on why the original is needed.</source>
        <translation>
            <numerusform>Bitte begründen Sie mit mindestens %n Zeichen, warum das Original benötigt wird.</numerusform>
            <numerusform>Bitte begründen Sie mit mindestens %n Zeichen, warum das Original benötigt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. Your reason was recorded.</source>
        <translation>Der Originaltext ist wieder in der Zwischenablage. Ihre Begründung wurde protokolliert.</translation>
    </message>
    <message>
        <source>Original released</source>
        <translation>Original freigegeben</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive; Scrim keeps it from AI tools.</source>
        <translation>Die Zwischenablage konnte nicht geprüft werden (%1). Behandeln Sie ihren Inhalt als sensibel; Scrim hält ihn von KI-Werkzeugen fern.</translation>
    </message>
    <message>
        <source>Only the first %1 KiB of the clipboard were checked; nothing sensitive was found there. The rest is left out when it goes to an AI tool. Check it with the paste-box or scrim-cli scan.</source>
        <translation>Nur die ersten %1 KiB der Zwischenablage wurden geprüft; darin wurde nichts Sensibles gefunden. Der Rest wird weggelassen, wenn der Inhalt an ein KI-Werkzeug geht. Prüfen Sie den Text mit der Einfügebox oder mit scrim-cli scan.</translation>
    </message>
    <message>
        <source>[Scrim held this text back: it could not be checked or anonymized. Use the paste-box.]</source>
        <translation>[Scrim hat diesen Text zurückgehalten: Er konnte nicht geprüft oder anonymisiert werden. Verwenden Sie die Einfügebox.]</translation>
    </message>
    <message>
        <source>[Scrim left out the rest of this text (%1 KiB): it was not checked.]</source>
        <translation>[Scrim hat den Rest dieses Textes (%1 KiB) weggelassen: Er wurde nicht geprüft.]</translation>
    </message>
    <message>
        <source>Anonymized copy on the clipboard</source>
        <translation>Anonymisierte Kopie in der Zwischenablage</translation>
    </message>
    <message>
        <source>%1 replaced. It stays on the clipboard until you copy something else. To put the values back into an answer, copy it and choose Restore from clipboard.</source>
        <translation>%1 ersetzt. Die Kopie bleibt in der Zwischenablage, bis Sie etwas anderes kopieren. Um die Werte wieder in eine Antwort einzusetzen, kopieren Sie die Antwort und wählen Sie „Aus der Zwischenablage wiederherstellen“.</translation>
    </message>
    <message>
        <source>Clipboard held back from %1</source>
        <translation>Zwischenablage für %1 zurückgehalten</translation>
    </message>
    <message>
        <source>Scrim could not check all of the copied text, so %1 gets a placeholder instead. The text comes back when you switch to another window.</source>
        <translation>Scrim konnte nicht den gesamten kopierten Text prüfen, daher erhält %1 stattdessen einen Platzhalter. Der Text kehrt zurück, sobald Sie zu einem anderen Fenster wechseln.</translation>
    </message>
    <message>
        <source>The clipboard already holds an anonymized copy.</source>
        <translation>Die Zwischenablage enthält bereits eine anonymisierte Kopie.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>That notice was about an earlier copy; nothing was changed.</source>
        <translation>Dieser Hinweis betraf eine frühere Kopie; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Notice out of date</source>
        <translation>Hinweis veraltet</translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be checked.]</source>
        <translation>[Scrim hat diese Auswahl zurückgehalten: Sie konnte nicht geprüft werden.]</translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be anonymized.]</source>
        <translation>[Scrim hat diese Auswahl zurückgehalten: Sie konnte nicht anonymisiert werden.]</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>scrim-cli %1: %2 See &apos;scrim-cli %1 --help&apos;.</source>
        <translation>scrim-cli %1: %2 Siehe &apos;scrim-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is not a session name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>scrim-cli %1: &apos;%2&apos; ist kein Sitzungsname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is a folder; give a file.</source>
        <translation>scrim-cli %1: &apos;%2&apos; ist ein Ordner; geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot open &apos;%2&apos;: %3.</source>
        <translation>scrim-cli %1: &apos;%2&apos; kann nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <source>scrim-cli %1: there is no standard input to read.</source>
        <translation>scrim-cli %1: Es ist keine Standardeingabe zum Lesen vorhanden.</translation>
    </message>
    <message>
        <source>scrim-cli %1: reading &apos;%2&apos; failed: %3.</source>
        <translation>scrim-cli %1: Lesen von &apos;%2&apos; fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; looks binary (a NUL byte at offset %3). Scrim works on text; extract the text first.</source>
        <translation>scrim-cli %1: &apos;%2&apos; scheint binär zu sein (NUL-Byte an Offset %3). Scrim verarbeitet Text; extrahieren Sie zuerst den Text.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli %1: warning: &apos;%2&apos; has %n byte(s) that are not valid UTF-8; they are kept as they are and never match a rule.</source>
        <translation>
            <numerusform>scrim-cli %1: Warnung: &apos;%2&apos; enthält %n Byte, das kein gültiges UTF-8 ist; es bleibt unverändert und wird von keiner Regel erfasst.</numerusform>
            <numerusform>scrim-cli %1: Warnung: &apos;%2&apos; enthält %n Bytes, die kein gültiges UTF-8 sind; sie bleiben unverändert und werden von keiner Regel erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli %1: the encrypted store cannot be opened: %2</source>
        <translation>scrim-cli %1: Die verschlüsselte Datenbank kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: warning: %2</source>
        <translation>scrim-cli %1: Warnung: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: %2</source>
        <translation>scrim-cli %1: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: the token vault cannot be used: %2</source>
        <translation>scrim-cli %1: Der Token-Tresor kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the file named in the command (its name is not repeated: it holds what looks like sensitive data; to work on text, pipe it through standard input)</source>
        <translation>die im Befehl angegebene Datei (ihr Name wird nicht wiederholt: Er scheint sensible Daten zu enthalten; um mit dem Text zu arbeiten, leiten Sie ihn per Pipe über die Standardeingabe weiter)</translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot read %2: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli %1: %2 kann nicht gelesen werden: Datei nicht vorhanden. Prüfen Sie den Pfad, oder verwenden Sie -, um die Standardeingabe zu lesen.</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>Segment size and overlap must be positive.</source>
        <translation>Segmentgröße und Überlappung müssen positiv sein.</translation>
    </message>
    <message>
        <source>A rule has no id; give every rule a unique id.</source>
        <translation>Eine Regel hat keine ID; geben Sie jeder Regel eine eindeutige ID.</translation>
    </message>
    <message>
        <source>The rules do not fit into the regular-expression memory budget. Remove or simplify custom rules, or raise the budget.</source>
        <translation>Die Regeln passen nicht in das Speicherbudget für reguläre Ausdrücke. Entfernen oder vereinfachen Sie benutzerdefinierte Regeln oder erhöhen Sie das Budget.</translation>
    </message>
    <message>
        <source>The scan ran out of regular-expression memory, so this text was not checked. Raise the memory budget or simplify custom rules.</source>
        <translation>Der Speicher für reguläre Ausdrücke hat für die Prüfung nicht ausgereicht, daher wurde dieser Text nicht geprüft. Erhöhen Sie das Speicherbudget oder vereinfachen Sie benutzerdefinierte Regeln.</translation>
    </message>
    <message>
        <source>The rule set could not be used (internal error); the text was not checked.</source>
        <translation>Der Regelsatz konnte nicht verwendet werden (interner Fehler); der Text wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The scan already failed; start a new one.</source>
        <translation>Die Prüfung ist bereits fehlgeschlagen; starten Sie eine neue.</translation>
    </message>
    <message>
        <source>The encryption self-test failed: this build is not using SQLCipher or the store file is not encrypted. Scrim will not write the store unencrypted; reinstall Scrim.</source>
        <translation>Der Selbsttest der Verschlüsselung ist fehlgeschlagen: Dieser Build verwendet SQLCipher nicht, oder die Datenbankdatei ist nicht verschlüsselt. Scrim schreibt die Datenbank nicht unverschlüsselt; installieren Sie Scrim neu.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s cipher settings could not be applied; this SQLCipher version is not supported.</source>
        <translation>Die Verschlüsselungseinstellungen der verschlüsselten Datenbank konnten nicht angewendet werden; diese SQLCipher-Version wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>No key is available for the encrypted store.</source>
        <translation>Für die verschlüsselte Datenbank ist kein Schlüssel verfügbar.</translation>
    </message>
    <message>
        <source>The encrypted store does not exist yet.</source>
        <translation>Die verschlüsselte Datenbank existiert noch nicht.</translation>
    </message>
    <message>
        <source>The encrypted store could not switch to write-ahead logging. Check that its folder is writable.</source>
        <translation>Die verschlüsselte Datenbank konnte nicht auf Write-Ahead-Logging umgestellt werden. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Not a PRAGMA name.</source>
        <translation>Kein PRAGMA-Name.</translation>
    </message>
    <message>
        <source>The encrypted store was written by a newer Scrim. Update Scrim to open it.</source>
        <translation>Die verschlüsselte Datenbank wurde von einer neueren Scrim-Version geschrieben. Aktualisieren Sie Scrim, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>No OS keychain answered, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation>Kein Schlüsselbund des Betriebssystems hat geantwortet, daher wird der Schlüssel der verschlüsselten Datenbank in einer Datei im Datenordner von Scrim aufbewahrt, die nur Ihr Benutzerkonto lesen kann. Wer Ihre Dateien lesen kann, kann auch die Datenbank lesen.</translation>
    </message>
    <message>
        <source>The key of the encrypted store could not be saved or read in Scrim&apos;s data folder. Check that the folder exists and is writable.</source>
        <translation>Der Schlüssel der verschlüsselten Datenbank konnte im Datenordner von Scrim nicht gespeichert oder gelesen werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The key file of the encrypted store is damaged. The store cannot be opened without its key.</source>
        <translation>Die Schlüsseldatei der verschlüsselten Datenbank ist beschädigt. Ohne ihren Schlüssel kann die Datenbank nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen; es wurde kein Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>The key of the encrypted store was not found in the keychain or in Scrim&apos;s data folder.</source>
        <translation>Der Schlüssel der verschlüsselten Datenbank wurde weder im Schlüsselbund noch im Datenordner von Scrim gefunden.</translation>
    </message>
    <message>
        <source>The key of the encrypted store in the OS keychain is damaged. The store cannot be opened without its key.</source>
        <translation>Der Schlüssel der verschlüsselten Datenbank im Schlüsselbund des Betriebssystems ist beschädigt. Ohne ihren Schlüssel kann die Datenbank nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain.</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund des Betriebssystems entfernt werden.</translation>
    </message>
    <message>
        <source>The disk is full, so the encrypted store could not be written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte die verschlüsselte Datenbank nicht geschrieben werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The encrypted store could not be opened or written. Check that its folder exists and is writable and that the disk is not full.</source>
        <translation>Die verschlüsselte Datenbank konnte nicht geöffnet oder geschrieben werden. Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The encrypted store is busy in another Scrim process. Try again in a moment.</source>
        <translation>Die verschlüsselte Datenbank wird gerade von einem anderen Scrim-Prozess verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The encrypted store cannot be read: wrong key or damaged file. The file was left unchanged.</source>
        <translation>Die verschlüsselte Datenbank kann nicht gelesen werden: falscher Schlüssel oder beschädigte Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The encrypted store is damaged. Restart Scrim to move it aside and start a fresh one.</source>
        <translation>Die verschlüsselte Datenbank ist beschädigt. Starten Sie Scrim neu, um sie beiseitezulegen und eine neue anzulegen.</translation>
    </message>
    <message>
        <source>The encrypted store ran out of memory.</source>
        <translation>Der verschlüsselten Datenbank ist der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
        <source>The encrypted store reported an internal error; see the diagnostics log.</source>
        <translation>Die verschlüsselte Datenbank hat einen internen Fehler gemeldet; siehe Diagnoseprotokoll.</translation>
    </message>
    <message>
        <source>A value could not be passed to the encrypted store (internal error).</source>
        <translation>Ein Wert konnte nicht an die verschlüsselte Datenbank übergeben werden (interner Fehler).</translation>
    </message>
    <message>
        <source>Scrim&apos;s data folder could not be created, so the encrypted store cannot be opened. Set SCRIM_DATA_DIR to a writable folder.</source>
        <translation>Der Datenordner von Scrim konnte nicht angelegt werden, daher kann die verschlüsselte Datenbank nicht geöffnet werden. Setzen Sie SCRIM_DATA_DIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The damaged encrypted store could not be moved aside. Check that its folder is writable.</source>
        <translation>Die beschädigte verschlüsselte Datenbank konnte nicht beiseitegelegt werden. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The audit log&apos;s content key is damaged; the log cannot be used.</source>
        <translation>Der Inhaltsschlüssel des Audit-Protokolls ist beschädigt; das Protokoll kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No random numbers were available to create the audit log&apos;s key.</source>
        <translation>Es standen keine Zufallszahlen zur Verfügung, um den Schlüssel des Audit-Protokolls zu erzeugen.</translation>
    </message>
    <message>
        <source>its sequence number does not follow the one before it</source>
        <translation>seine Folgenummer schließt nicht an die vorige an</translation>
    </message>
    <message>
        <source>it does not continue the chain (an event before it was removed, reordered or forged)</source>
        <translation>es setzt die Kette nicht fort (ein Ereignis davor wurde entfernt, umgestellt oder gefälscht)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the event was changed)</source>
        <translation>sein Inhalt passt nicht zu seinem Hash (das Ereignis wurde verändert)</translation>
    </message>
    <message>
        <source>The audit log&apos;s anchor file cannot be written; check the data folder&apos;s space and permissions.</source>
        <translation>Die Ankerdatei des Audit-Protokolls kann nicht geschrieben werden; prüfen Sie Platz und Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>it differs from the anchored head of the log (the log was rewritten or replaced)</source>
        <translation>es weicht vom verankerten Ende des Protokolls ab (das Protokoll wurde umgeschrieben oder ersetzt)</translation>
    </message>
    <message>
        <source>events the anchor vouches for are missing (the end of the log was cut off or an older copy was put back)</source>
        <translation>Ereignisse, für die der Anker bürgt, fehlen (das Ende des Protokolls wurde abgeschnitten oder eine ältere Kopie zurückgelegt)</translation>
    </message>
    <message>
        <source>the log&apos;s start was moved without a matching purge record (events were removed)</source>
        <translation>der Anfang des Protokolls wurde ohne passenden Löschvermerk verschoben (Ereignisse wurden entfernt)</translation>
    </message>
    <message>
        <source>A finding lies outside the text it was found in; nothing was anonymized.</source>
        <translation>Ein Treffer liegt außerhalb des Textes, in dem er gefunden wurde; es wurde nichts anonymisiert.</translation>
    </message>
    <message>
        <source>The text could not be anonymized so that it can be restored exactly; nothing was replaced. Please report this.</source>
        <translation>Der Text konnte nicht so anonymisiert werden, dass er sich exakt wiederherstellen lässt; es wurde nichts ersetzt. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>A session name has 1 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ein Sitzungsname hat 1 bis 64 Zeichen: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The token vault&apos;s key is damaged; the vault cannot be used.</source>
        <translation>Der Schlüssel des Token-Tresors ist beschädigt; der Tresor kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No random numbers were available to create the vault&apos;s key.</source>
        <translation>Es standen keine Zufallszahlen zur Verfügung, um den Schlüssel des Tresors zu erzeugen.</translation>
    </message>
    <message>
        <source>The policy is not valid JSON.</source>
        <translation>Die Richtlinie ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The policy has errors; see its lint report.</source>
        <translation>Die Richtlinie enthält Fehler; siehe ihren Lint-Bericht.</translation>
    </message>
    <message>
        <source>The key is not an Ed25519 key in PEM form (as policy keygen writes it).</source>
        <translation>Der Schlüssel ist kein Ed25519-Schlüssel im PEM-Format (wie ihn policy keygen schreibt).</translation>
    </message>
    <message>
        <source>OpenSSL could not create an Ed25519 key.</source>
        <translation>OpenSSL konnte keinen Ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key in PEM form.</source>
        <translation>OpenSSL konnte den Schlüssel nicht im PEM-Format schreiben.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the policy.</source>
        <translation>OpenSSL konnte die Richtlinie nicht signieren.</translation>
    </message>
    <message>
        <source>The signature file does not hold the base64 of a 64-byte Ed25519 signature.</source>
        <translation>Die Signaturdatei enthält nicht das Base64 einer 64 Byte langen Ed25519-Signatur.</translation>
    </message>
    <message>
        <source>OpenSSL could not check the signature.</source>
        <translation>OpenSSL konnte die Signatur nicht prüfen.</translation>
    </message>
    <message>
        <source>The policy address must start with https://.</source>
        <translation>Die Adresse der Richtlinie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The download could not be started.</source>
        <translation>Das Herunterladen konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The server sent more than a policy can be; it was refused.</source>
        <translation>Der Server hat mehr gesendet, als eine Richtlinie groß sein kann; die Antwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate was not trusted (unknown issuer, expired, or issued for another host).</source>
        <translation>Dem Zertifikat des Richtlinienservers wurde nicht vertraut (unbekannter Aussteller, abgelaufen oder für einen anderen Host ausgestellt).</translation>
    </message>
    <message>
        <source>The policy server did not answer in time.</source>
        <translation>Der Richtlinienserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The policy server redirected too often or to an address that is not https.</source>
        <translation>Der Richtlinienserver hat zu oft oder auf eine Adresse ohne https umgeleitet.</translation>
    </message>
    <message>
        <source>The policy server could not be reached.</source>
        <translation>Der Richtlinienserver konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The policy server answered with an error status.</source>
        <translation>Der Richtlinienserver hat mit einem Fehlerstatus geantwortet.</translation>
    </message>
    <message>
        <source>The managed configuration is damaged (it needs policy_url, org and one or two admin_keys); ask your administrator.</source>
        <translation>Die verwaltete Konfiguration ist beschädigt (sie benötigt policy_url, org und ein oder zwei admin_keys); wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The policy&apos;s signature is not valid for the pinned admin keys.</source>
        <translation>Die Signatur der Richtlinie ist für die fest hinterlegten Administratorschlüssel nicht gültig.</translation>
    </message>
    <message>
        <source>The policy is signed but not valid; run scrim-cli policy lint on it.</source>
        <translation>Die Richtlinie ist signiert, aber nicht gültig; prüfen Sie sie mit scrim-cli policy lint.</translation>
    </message>
    <message>
        <source>The policy was signed for another organisation.</source>
        <translation>Die Richtlinie wurde für eine andere Organisation signiert.</translation>
    </message>
    <message>
        <source>The policy&apos;s issue time lies in the future; check this computer&apos;s clock.</source>
        <translation>Der Ausstellungszeitpunkt der Richtlinie liegt in der Zukunft; prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The policy has expired.</source>
        <translation>Die Richtlinie ist abgelaufen.</translation>
    </message>
    <message>
        <source>The policy is older than the one in force (a lower serial).</source>
        <translation>Die Richtlinie ist älter als die geltende (niedrigerer serial-Wert).</translation>
    </message>
    <message>
        <source>The policy has the serial of the one in force but different content.</source>
        <translation>Die Richtlinie hat denselben serial-Wert wie die geltende, aber einen anderen Inhalt.</translation>
    </message>
    <message>
        <source>The OS keychain is switched off for Scrim, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation>Der OS-Schlüsselbund ist für Scrim abgeschaltet, daher liegt der Schlüssel der verschlüsselten Datenbank in einer Datei in Scrims Datenordner, die nur Ihr Benutzer lesen kann. Wer Ihre Dateien lesen kann, kann die Datenbank lesen.</translation>
    </message>
    <message>
        <source>The rules hold too many words and literals to search at once; split the policy&apos;s keyword lists or use a hashed dictionary for long lists.</source>
        <translation>Die Regeln enthalten zu viele Wörter und Literale, um sie auf einmal zu durchsuchen. Teilen Sie die Schlüsselwortlisten der Richtlinie auf oder verwenden Sie für lange Listen ein gehashtes Wörterbuch.</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>With list: how many of the newest events (default 50).</source>
        <translation>Mit list: wie viele der neuesten Ereignisse (Standard: 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>scrim-cli log: %1 See &apos;scrim-cli log --help&apos;.</source>
        <translation>scrim-cli log: %1 Siehe &apos;scrim-cli log --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli log: the encrypted store cannot be opened: %1</source>
        <translation>scrim-cli log: Die verschlüsselte Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>scrim-cli log: warning: %1</source>
        <translation>scrim-cli log: Warnung: %1</translation>
    </message>
    <message>
        <source>scrim-cli log: %1</source>
        <translation>scrim-cli log: %1</translation>
    </message>
    <message>
        <source>scrim-cli log verify: %1</source>
        <translation>scrim-cli log verify: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Die Kette des Audit-Protokolls ist intakt: %n Ereignis überprüft.</numerusform>
            <numerusform>Die Kette des Audit-Protokolls ist intakt: %n Ereignisse überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at event %1: %2. Events before it are intact.</source>
        <translation>Die Kette des Audit-Protokolls ist bei Ereignis %1 unterbrochen: %2. Die Ereignisse davor sind intakt.</translation>
    </message>
    <message>
        <source>scrim-cli log: --limit must be a positive number.</source>
        <translation>scrim-cli log: --limit muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>scrim-cli log list: %1</source>
        <translation>scrim-cli log list: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n event(s) come after the last anchor: had they been cut off, this check could not tell.</source>
        <translation>
            <numerusform>Das letzte Ereignis liegt nach dem letzten Anker: Wäre es abgeschnitten worden, könnte diese Prüfung das nicht erkennen.</numerusform>
            <numerusform>Die letzten %n Ereignisse liegen nach dem letzten Anker: Wären sie abgeschnitten worden, könnte diese Prüfung das nicht erkennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no audit log yet (nothing has been recorded in %1).</source>
        <translation>Es gibt noch kein Audit-Protokoll (in %1 wurde nichts aufgezeichnet).</translation>
    </message>
    <message>
        <source>With purge: delete events older than this many days.</source>
        <translation>Mit purge: Ereignisse löschen, die älter als so viele Tage sind.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>With export: jsonl (default) or csv.</source>
        <translation>Mit export: jsonl (Standard) oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list, verify, export or purge</source>
        <translation>list, verify, export oder purge</translation>
    </message>
    <message>
        <source>scrim-cli log: say what to do: list, verify, export or purge (see &apos;scrim-cli log --help&apos;).</source>
        <translation>scrim-cli log: Geben Sie an, was zu tun ist: list, verify, export oder purge (siehe &apos;scrim-cli log --help&apos;).</translation>
    </message>
    <message>
        <source>scrim-cli log export: unknown format &apos;%1&apos;; use jsonl or csv.</source>
        <translation>scrim-cli log export: unbekanntes Format &apos;%1&apos;; verwenden Sie jsonl oder csv.</translation>
    </message>
    <message>
        <source>scrim-cli log purge: give --older-than-days with a number of days (1 or more).</source>
        <translation>scrim-cli log purge: Geben Sie --older-than-days mit einer Anzahl Tage an (1 oder mehr).</translation>
    </message>
    <message>
        <source>scrim-cli log purge: %1</source>
        <translation>scrim-cli log purge: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) older than %1 day(s) deleted; the chain records where it now starts.</source>
        <translation>
            <numerusform>%n Ereignis älter als %1 Tag(e) gelöscht; die Kette vermerkt, wo sie jetzt beginnt.</numerusform>
            <numerusform>%n Ereignisse älter als %1 Tag(e) gelöscht; die Kette vermerkt, wo sie jetzt beginnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli log export: %1</source>
        <translation>scrim-cli log export: %1</translation>
    </message>
    <message>
        <source>Show, verify, export or purge the encrypted audit log (list, verify, export, purge)</source>
        <translation>Das verschlüsselte Audit-Protokoll anzeigen, überprüfen, exportieren oder bereinigen (list, verify, export, purge)</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>Scrim notice</source>
        <translation>Scrim-Hinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Anonymize copy</source>
        <translation>Kopie anonymisieren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Give a reason…</source>
        <translation>Begründung angeben…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>Scrim paste-box</source>
        <translation>Scrim-Einfügebox</translation>
    </message>
    <message>
        <source>Paste or type the text you want to give an AI tool. Sensitive values are highlighted as you type.</source>
        <translation>Fügen Sie den Text, den Sie einem KI-Werkzeug geben möchten, ein oder tippen Sie ihn. Sensible Werte werden während der Eingabe hervorgehoben.</translation>
    </message>
    <message>
        <source>Nothing sensitive found.</source>
        <translation>Nichts Sensibles gefunden.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Sieht aus wie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Untick a finding to keep that value as it is.</source>
        <translation>Entfernen Sie das Häkchen bei einem Treffer, um diesen Wert unverändert zu lassen.</translation>
    </message>
    <message>
        <source>Copy &amp;anonymized</source>
        <translation>&amp;Anonymisiert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;original</source>
        <translation>&amp;Original kopieren</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>The AI tool&apos;s answer:</source>
        <translation>Die Antwort des KI-Werkzeugs:</translation>
    </message>
    <message>
        <source>Paste the answer that holds tokens such as [PERSON_1].</source>
        <translation>Fügen Sie die Antwort ein, die Token wie [PERSON_1] enthält.</translation>
    </message>
    <message>
        <source>With your values back:</source>
        <translation>Mit wiederhergestellten Werten:</translation>
    </message>
    <message>
        <source>Copy &amp;restored text</source>
        <translation>Wiederhergestellten &amp;Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared after %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird nach %n Sekunde geleert, sofern sie den Text dann noch enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird nach %n Sekunden geleert, sofern sie den Text dann noch enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the encrypted store the tokens cannot be restored later.</source>
        <translation>Ohne die verschlüsselte Datenbank können die Token später nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The text could not be checked (%1). Treat it as sensitive.</source>
        <translation>Der Text konnte nicht geprüft werden (%1). Behandeln Sie ihn als sensibel.</translation>
    </message>
    <message>
        <source>Nothing sensitive found in this text.</source>
        <translation>In diesem Text wurde nichts Sensibles gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive value(s): %1.</source>
        <translation>
            <numerusform>%n sensibler Wert: %1.</numerusform>
            <numerusform>%n sensible Werte: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text could not be checked (%1); nothing was copied.</source>
        <translation>Der Text konnte nicht geprüft werden (%1); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The text could not be anonymized (%1); nothing was copied.</source>
        <translation>Der Text konnte nicht anonymisiert werden (%1); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copied; nothing needed replacing.</source>
        <translation>Kopiert; es musste nichts ersetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymized text copied (%n value(s) replaced). To put the values back into the answer, use the Restore tab.</source>
        <translation>
            <numerusform>Anonymisierter Text kopiert (%n Wert ersetzt). Um den Wert wieder in die Antwort einzusetzen, verwenden Sie den Reiter „Wiederherstellen“.</numerusform>
            <numerusform>Anonymisierter Text kopiert (%n Werte ersetzt). Um die Werte wieder in die Antwort einzusetzen, verwenden Sie den Reiter „Wiederherstellen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies the text as it is; the clipboard guard still watches it.</source>
        <translation>Kopiert den Text unverändert; der Zwischenablageschutz überwacht ihn weiterhin.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow copying this text with its original values for AI tools.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt nicht, diesen Text mit seinen Originalwerten für KI-Werkzeuge zu kopieren.</translation>
    </message>
    <message>
        <source>Original text copied. The clipboard guard still watches where it is pasted.</source>
        <translation>Originaltext kopiert. Der Zwischenablageschutz überwacht weiterhin, wo er eingefügt wird.</translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation>Das Wiederherstellen benötigt die verschlüsselte Datenbank, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>Der Tresor konnte nicht gelesen werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s).</source>
        <translation>
            <numerusform>%n Wert wiederhergestellt.</numerusform>
            <numerusform>%n Werte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
Rule: %3
%4</source>
        <translation>%1 (%2)
Regel: %3
%4</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires replacing this value for AI tools.</source>
        <translation>Die Richtlinie Ihrer Organisation verlangt, diesen Wert für KI-Werkzeuge zu ersetzen.</translation>
    </message>
    <message>
        <source>The text could not be checked; nothing was copied.</source>
        <translation>Der Text konnte nicht geprüft werden; es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>scrim-cli policy: cannot read &apos;%1&apos;: %2.</source>
        <translation>scrim-cli policy: &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>scrim-cli policy: cannot write &apos;%1&apos;: %2.</source>
        <translation>scrim-cli policy: &apos;%1&apos; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4
    fix: %5</source>
        <translation>%1:%2:%3: Fehler: %4
    Abhilfe: %5</translation>
    </message>
    <message>
        <source>With sign: the private key (PEM) from policy keygen.</source>
        <translation>Mit sign: der private Schlüssel (PEM) aus policy keygen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With verify: the admin&apos;s public key (PEM).</source>
        <translation>Mit verify: der öffentliche Schlüssel des Administrators (PEM).</translation>
    </message>
    <message>
        <source>With verify: the signature file (default: FILE.sig).</source>
        <translation>Mit verify: die Signaturdatei (Standard: FILE.sig).</translation>
    </message>
    <message>
        <source>With keygen: where to write PREFIX.key.pem and PREFIX.pub.pem.</source>
        <translation>Mit keygen: wohin PREFIX.key.pem und PREFIX.pub.pem geschrieben werden.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>With hash-terms: the dictionary&apos;s salt (hex); a new one when not given.</source>
        <translation>Mit hash-terms: das Salt des Wörterbuchs (hex); ohne Angabe wird ein neues erzeugt.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The policy file (hash-terms: a list of terms, one per line).</source>
        <translation>Die Richtliniendatei (bei hash-terms: eine Liste von Begriffen, einer pro Zeile).</translation>
    </message>
    <message>
        <source>scrim-cli policy: %1 See &apos;scrim-cli policy --help&apos;.</source>
        <translation>scrim-cli policy: %1 Siehe &apos;scrim-cli policy --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli policy %1: give the policy file.</source>
        <translation>scrim-cli policy %1: Geben Sie die Richtliniendatei an.</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: give --out PREFIX (writes PREFIX.key.pem and PREFIX.pub.pem).</source>
        <translation>scrim-cli policy keygen: Geben Sie --out PREFIX an (schreibt PREFIX.key.pem und PREFIX.pub.pem).</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: &apos;%1&apos; or &apos;%2&apos; exists already; a key is never overwritten. Choose another prefix.</source>
        <translation>scrim-cli policy keygen: &apos;%1&apos; oder &apos;%2&apos; existiert bereits; ein Schlüssel wird nie überschrieben. Wählen Sie ein anderes Präfix.</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: %1</source>
        <translation>scrim-cli policy keygen: %1</translation>
    </message>
    <message>
        <source>Wrote the private key to %1 (readable by you only: keep it off endpoints) and the public key to %2 (fingerprint %3; pin it in the managed configuration).</source>
        <translation>Der private Schlüssel wurde in %1 geschrieben (nur für Sie lesbar: Halten Sie ihn von Endgeräten fern) und der öffentliche Schlüssel in %2 (Fingerabdruck %3; hinterlegen Sie ihn fest in der verwalteten Konfiguration).</translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms: --salt must be at least 32 lower-case hex characters.</source>
        <translation>scrim-cli policy hash-terms: --salt muss aus mindestens 32 kleingeschriebenen Hexadezimalzeichen bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) hashed. Paste the salt and terms into a dictionary of the policy.</source>
        <translation>
            <numerusform>%n Begriff gehasht. Fügen Sie das Salt und die Begriffe in ein Wörterbuch der Richtlinie ein.</numerusform>
            <numerusform>%n Begriffe gehasht. Fügen Sie das Salt und die Begriffe in ein Wörterbuch der Richtlinie ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (serial %2, org &apos;%3&apos;).</source>
        <translation>%1: keine Probleme gefunden (serial %2, org &apos;%3&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli policy sign: the policy has problems (above); fix them first: endpoints would reject it.</source>
        <translation>scrim-cli policy sign: Die Richtlinie hat Probleme (siehe oben); beheben Sie diese zuerst: Endgeräte würden sie ablehnen.</translation>
    </message>
    <message>
        <source>scrim-cli policy sign: give --key with the private key from policy keygen.</source>
        <translation>scrim-cli policy sign: Geben Sie mit --key den privaten Schlüssel aus policy keygen an.</translation>
    </message>
    <message>
        <source>scrim-cli policy sign: %1</source>
        <translation>scrim-cli policy sign: %1</translation>
    </message>
    <message>
        <source>Signed: %1 (publish it next to %2).</source>
        <translation>Signiert: %1 (veröffentlichen Sie die Datei neben %2).</translation>
    </message>
    <message>
        <source>scrim-cli policy verify: give --pubkey with the admin&apos;s public key.</source>
        <translation>scrim-cli policy verify: Geben Sie mit --pubkey den öffentlichen Schlüssel des Administrators an.</translation>
    </message>
    <message>
        <source>scrim-cli policy verify: %1</source>
        <translation>scrim-cli policy verify: %1</translation>
    </message>
    <message>
        <source>BAD signature: %1 was not signed by this key, or it changed after signing.</source>
        <translation>UNGÜLTIGE Signatur: %1 wurde nicht mit diesem Schlüssel signiert oder nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>Good signature: %1 was signed by the key %2.</source>
        <translation>Gültige Signatur: %1 wurde mit dem Schlüssel %2 signiert.</translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: %1</source>
        <translation>scrim-cli policy fetch: %1</translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: give --url, --org and --pubkey (or install a managed configuration at %1).</source>
        <translation>scrim-cli policy fetch: Geben Sie --url, --org und --pubkey an (oder installieren Sie eine verwaltete Konfiguration unter %1).</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Accepted: serial %1 for &apos;%2&apos;, issued %3, signed by a pinned key.</source>
        <translation>Angenommen: serial %1 für &apos;%2&apos;, ausgestellt am %3, signiert mit einem fest hinterlegten Schlüssel.</translation>
    </message>
    <message>
        <source>Write, check, sign and fetch organisation policies (lint, keygen, sign, verify, hash-terms, show, fetch)</source>
        <translation>Richtlinien der Organisation schreiben, prüfen, signieren und abrufen (lint, keygen, sign, verify, hash-terms, show, fetch)</translation>
    </message>
    <message>
        <source>With fetch: the policy&apos;s https address (default: from the managed configuration).</source>
        <translation>Mit fetch: die https-Adresse der Richtlinie (Standard: aus der verwalteten Konfiguration).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With fetch: the organisation the policy must be signed for.</source>
        <translation>Mit fetch: die Organisation, für die die Richtlinie signiert sein muss.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>With fetch: an extra CA bundle for the server&apos;s certificate.</source>
        <translation>Mit fetch: ein zusätzliches CA-Bundle für das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>With fetch: allow plain http (tests only).</source>
        <translation>Mit fetch: unverschlüsseltes http erlauben (nur für Tests).</translation>
    </message>
    <message>
        <source>lint, keygen, sign, verify, hash-terms, show or fetch</source>
        <translation>lint, keygen, sign, verify, hash-terms, show oder fetch</translation>
    </message>
    <message>
        <source>scrim-cli policy: say what to do: lint, keygen, sign, verify, hash-terms, show or fetch (see &apos;scrim-cli policy --help&apos;).</source>
        <translation>scrim-cli policy: Geben Sie an, was zu tun ist: lint, keygen, sign, verify, hash-terms, show oder fetch (siehe &apos;scrim-cli policy --help&apos;).</translation>
    </message>
</context>
<context>
    <name>PolicyLint</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove it or correct its spelling (see resources/policy.schema.json).</source>
        <translation>Entfernen Sie es, oder korrigieren Sie die Schreibweise (siehe resources/policy.schema.json).</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>Write the value in the form the schema gives.</source>
        <translation>Geben Sie den Wert in der Form an, die das Schema vorgibt.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>Use a whole number in that range.</source>
        <translation>Verwenden Sie eine ganze Zahl in diesem Bereich.</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>Give it a value.</source>
        <translation>Geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>%1 must be a UTC time such as 2026-11-27T09:00:00Z</source>
        <translation>%1 muss eine UTC-Zeit wie 2026-11-27T09:00:00Z sein</translation>
    </message>
    <message>
        <source>Write the time in ISO 8601 with a Z at the end.</source>
        <translation>Schreiben Sie die Zeit im Format ISO 8601 mit einem Z am Ende.</translation>
    </message>
    <message>
        <source>the pattern of %1 does not compile: %2</source>
        <translation>das Muster von %1 lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <source>Use RE2 syntax: no look-around, no back-references (https://github.com/google/re2/wiki/Syntax).</source>
        <translation>Verwenden Sie die RE2-Syntax: keine Lookarounds, keine Rückverweise (https://github.com/google/re2/wiki/Syntax).</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unbekannte Kategorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</source>
        <translation>Verwenden Sie einen dieser Werte: SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of allow, warn, anonymize, block, justify.</source>
        <translation>Verwenden Sie einen dieser Werte: allow, warn, anonymize, block, justify.</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unbekannter Operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of token, surrogate, mask, redact, hash.</source>
        <translation>Verwenden Sie einen dieser Werte: token, surrogate, mask, redact, hash.</translation>
    </message>
    <message>
        <source>a custom rule has no &quot;id&quot;</source>
        <translation>eine benutzerdefinierte Regel hat keine &quot;id&quot;</translation>
    </message>
    <message>
        <source>Give every custom rule a unique id, such as &quot;project-codes&quot;.</source>
        <translation>Geben Sie jeder benutzerdefinierten Regel eine eindeutige ID, etwa &quot;project-codes&quot;.</translation>
    </message>
    <message>
        <source>custom rule id &quot;%1&quot; is used twice</source>
        <translation>die ID &quot;%1&quot; einer benutzerdefinierten Regel wird doppelt verwendet</translation>
    </message>
    <message>
        <source>Give every custom rule a unique id.</source>
        <translation>Geben Sie jeder benutzerdefinierten Regel eine eindeutige ID.</translation>
    </message>
    <message>
        <source>%1 has no &quot;pattern&quot;</source>
        <translation>%1 hat kein &quot;pattern&quot;</translation>
    </message>
    <message>
        <source>Add an RE2 pattern.</source>
        <translation>Fügen Sie ein RE2-Muster hinzu.</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; in %2</source>
        <translation>unbekannter Typ &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>Use a type of the benchmark vocabulary, e.g. OTHER_ID or ORG_CONFIDENTIAL.</source>
        <translation>Verwenden Sie einen Typ aus dem Benchmark-Vokabular, z. B. OTHER_ID oder ORG_CONFIDENTIAL.</translation>
    </message>
    <message>
        <source>unknown validator &quot;%1&quot; in %2</source>
        <translation>unbekannter Validator &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>Use null or a validator that scrim-cli rules --format json lists.</source>
        <translation>Verwenden Sie null oder einen Validator, den scrim-cli rules --format json auflistet.</translation>
    </message>
    <message>
        <source>min_score must be from 0 to 1</source>
        <translation>min_score muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>0.5 is a sensible start.</source>
        <translation>0.5 ist ein sinnvoller Ausgangswert.</translation>
    </message>
    <message>
        <source>dictionary &quot;%1&quot; needs a salt of at least 32 lower-case hex characters</source>
        <translation>das Wörterbuch &quot;%1&quot; benötigt ein Salt aus mindestens 32 kleingeschriebenen Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms writes a fresh salt with the hashes.</source>
        <translation>scrim-cli policy hash-terms schreibt ein neues Salt zusammen mit den Hashes.</translation>
    </message>
    <message>
        <source>an entry of dictionary &quot;%1&quot; is not a hash</source>
        <translation>ein Eintrag des Wörterbuchs &quot;%1&quot; ist kein Hash</translation>
    </message>
    <message>
        <source>Terms are stored as salted SHA-256 hashes, never as text: turn the plain list into hashes with scrim-cli policy hash-terms.</source>
        <translation>Begriffe werden als gesalzene SHA-256-Hashes gespeichert, nie als Text: Wandeln Sie die Klartextliste mit scrim-cli policy hash-terms in Hashes um.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; ist kein Hostname</translation>
    </message>
    <message>
        <source>Give the host only, in lower case: chat.example.com (no scheme, path or port).</source>
        <translation>Geben Sie nur den Host in Kleinbuchstaben an: chat.example.com (ohne Schema, Pfad oder Port).</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at this place.</source>
        <translation>Korrigieren Sie die JSON-Syntax an dieser Stelle.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is missing</source>
        <translation>&quot;schema_version&quot; fehlt</translation>
    </message>
    <message>
        <source>Add &quot;schema_version&quot;: 1.</source>
        <translation>Fügen Sie &quot;schema_version&quot;: 1 hinzu.</translation>
    </message>
    <message>
        <source>schema version %1 is not known to this Scrim (it knows %2)</source>
        <translation>die Schemaversion %1 ist dieser Scrim-Version nicht bekannt (sie kennt %2)</translation>
    </message>
    <message>
        <source>Write the policy for schema version 1, or update Scrim first.</source>
        <translation>Schreiben Sie die Richtlinie für Schemaversion 1, oder aktualisieren Sie zuerst Scrim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>Every policy states its serial, issued_at and org.</source>
        <translation>Jede Richtlinie gibt ihre Felder serial, issued_at und org an.</translation>
    </message>
    <message>
        <source>expires_at is not after issued_at</source>
        <translation>expires_at liegt nicht nach issued_at</translation>
    </message>
    <message>
        <source>Set an expiry after the issue time, or null for none.</source>
        <translation>Legen Sie einen Ablaufzeitpunkt nach dem Ausstellungszeitpunkt fest, oder null für keinen.</translation>
    </message>
    <message>
        <source>unknown on_expiry &quot;%1&quot;</source>
        <translation>unbekannter Wert für on_expiry &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use keep_last or strict.</source>
        <translation>Verwenden Sie keep_last oder strict.</translation>
    </message>
    <message>
        <source>unknown test_values &quot;%1&quot;</source>
        <translation>unbekannter Wert für test_values &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use flag or ignore.</source>
        <translation>Verwenden Sie flag oder ignore.</translation>
    </message>
</context>
<context>
    <name>PolicyStatusWindow</name>
    <message>
        <source>Scrim policy status</source>
        <translation>Scrim-Richtlinienstatus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Built-in default policy (no managed configuration on this computer)</source>
        <translation>Integrierte Standardrichtlinie (keine verwaltete Konfiguration auf diesem Computer)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Not needed: the built-in policy is part of Scrim itself</source>
        <translation>Nicht erforderlich: Die integrierte Richtlinie ist Teil von Scrim selbst</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>serial %1, issued %2</source>
        <translation>serial %1, ausgestellt am %2</translation>
    </message>
    <message>
        <source>none received yet; the built-in default policy applies</source>
        <translation>noch keine erhalten; es gilt die integrierte Standardrichtlinie</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1 (expired; on_expiry: %2)</source>
        <translation>%1 (abgelaufen; on_expiry: %2)</translation>
    </message>
    <message>
        <source>verified with a pinned admin key (%1)</source>
        <translation>mit einem fest hinterlegten Administratorschlüssel geprüft (%1)</translation>
    </message>
    <message>
        <source>pinned admin keys: %1</source>
        <translation>fest hinterlegte Administratorschlüssel: %1</translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Next fetch</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>at the next start</source>
        <translation>beim nächsten Start</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the original text</source>
        <translation>Begründung für den Originaltext</translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text goes back on the clipboard. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation>Ihre Organisation verlangt eine Begründung, bevor der Originaltext wieder in die Zwischenablage gelangt. Die Begründung wird im Audit-Protokoll aufgezeichnet; sensible Werte darin werden vorher entfernt.</translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text can go to %1. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation>Ihre Organisation verlangt eine Begründung, bevor der Originaltext an %1 gehen kann. Die Begründung wird im Audit-Protokoll aufgezeichnet; sensible Werte darin werden vorher entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Why is the original needed? (at least %n character(s))</source>
        <translation>
            <numerusform>Warum wird das Original benötigt? (mindestens %n Zeichen)</numerusform>
            <numerusform>Warum wird das Original benötigt? (mindestens %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Original wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put the original values back into an AI&apos;s answer</source>
        <translation>Die Originalwerte wieder in die Antwort einer KI einsetzen</translation>
    </message>
    <message>
        <source>The vault session the tokens came from (default: default).</source>
        <translation>Die Tresor-Sitzung, aus der die Token stammen (Standard: default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print JSON: the restored text and what was reported.</source>
        <translation>JSON ausgeben: den wiederhergestellten Text und die Meldungen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The AI&apos;s answer; - or nothing reads standard input.</source>
        <translation>Die Antwort der KI; bei - oder ohne Angabe wird die Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>scrim-cli restore: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli restore: Geben Sie genau eine Datei an (oder - für die Standardeingabe), nicht %1.</translation>
    </message>
    <message>
        <source>scrim-cli restore: %1</source>
        <translation>scrim-cli restore: %1</translation>
    </message>
    <message>
        <source>scrim-cli restore: the audit log could not record this, so nothing was printed: %1</source>
        <translation>scrim-cli restore: Das Audit-Protokoll konnte diesen Vorgang nicht aufzeichnen, daher wurde nichts ausgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) restored.</source>
        <translation>
            <numerusform>%n Token wiederhergestellt.</numerusform>
            <numerusform>%n Token wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; has %2: its originals were deleted, so its tokens stay as they are.</source>
        <translation>Sitzung &apos;%1&apos; ist %2: Die Originalwerte wurden gelöscht, daher bleiben die Token der Sitzung unverändert.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>been forgotten</source>
        <translation>vergessen worden</translation>
    </message>
    <message>
        <source>Left as they are (their originals expired or were forgotten): %1</source>
        <translation>Unverändert gelassen (die Originalwerte sind abgelaufen oder wurden vergessen): %1</translation>
    </message>
    <message>
        <source>Left as they are (session &apos;%1&apos; never issued them): %2</source>
        <translation>Unverändert gelassen (Sitzung &apos;%1&apos; hat sie nie ausgegeben): %2</translation>
    </message>
    <message numerus="yes">
        <source>The answer contains %n sensitive value(s) that did not come from this session:</source>
        <translation>
            <numerusform>Die Antwort enthält %n sensiblen Wert, der nicht aus dieser Sitzung stammt:</numerusform>
            <numerusform>Die Antwort enthält %n sensible Werte, die nicht aus dieser Sitzung stammen:</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no vault yet, so there is nothing to restore; the text was left as it is. Anonymize a text first.</source>
        <translation>scrim-cli restore: Es gibt noch keinen Tresor, daher gibt es nichts wiederherzustellen; der Text wurde nicht verändert. Anonymisieren Sie zuerst einen Text.</translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no session &apos;%1&apos;, so the text was left as it is. &apos;scrim-cli session list&apos; shows the sessions.</source>
        <translation>scrim-cli restore: Es gibt keine Sitzung &apos;%1&apos;, daher wurde der Text nicht verändert. &apos;scrim-cli session list&apos; zeigt die Sitzungen an.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number in international (E.164) form</source>
        <translation>Telefonnummer im internationalen Format (E.164)</translation>
    </message>
    <message>
        <source>US Social Security number</source>
        <translation>US-Sozialversicherungsnummer</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>Payment card number (known issuer, valid Luhn checksum)</source>
        <translation>Zahlungskartennummer (bekannter Herausgeber, gültige Luhn-Prüfsumme)</translation>
    </message>
    <message>
        <source>IBAN with a valid mod-97 check</source>
        <translation>IBAN mit gültiger Prüfsumme (mod-97)</translation>
    </message>
    <message>
        <source>GitHub access token</source>
        <translation>GitHub-Zugriffstoken</translation>
    </message>
    <message>
        <source>Private key (PEM / OpenSSH / PGP block)</source>
        <translation>Privater Schlüssel (PEM-/OpenSSH-/PGP-Block)</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Nine-digit number near words such as &apos;SSN&apos; or &apos;social security&apos;</source>
        <translation>Neunstellige Zahl in der Nähe von Begriffen wie &apos;SSN&apos; oder &apos;social security&apos;</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation>Vertraulichkeitsvermerk</translation>
    </message>
    <message>
        <source>Text that tries to override an AI assistant&apos;s instructions</source>
        <translation>Text, der versucht, die Anweisungen eines KI-Assistenten außer Kraft zu setzen</translation>
    </message>
    <message>
        <source>US phone number (NANP format)</source>
        <translation>US-Telefonnummer (NANP-Format)</translation>
    </message>
    <message>
        <source>Phone number in national format (trunk prefix 0)</source>
        <translation>Telefonnummer im nationalen Format (mit führender 0)</translation>
    </message>
    <message>
        <source>Digits next to words such as &apos;phone&apos; or &apos;mobile&apos;</source>
        <translation>Ziffern neben Begriffen wie &apos;phone&apos; oder &apos;mobile&apos;</translation>
    </message>
    <message>
        <source>Medical condition or diagnosis</source>
        <translation>Erkrankung oder Diagnose</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Name eines Medikaments</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Patientenaktennummer</translation>
    </message>
    <message>
        <source>ICD-10 diagnosis code next to diagnosis words</source>
        <translation>ICD-10-Diagnoseschlüssel neben Diagnosebegriffen</translation>
    </message>
    <message>
        <source>US Individual Taxpayer Identification Number (ITIN)</source>
        <translation>US-Steueridentifikationsnummer für Privatpersonen (ITIN)</translation>
    </message>
    <message>
        <source>Nine-digit ITIN near words such as &apos;ITIN&apos; or &apos;tax id&apos;</source>
        <translation>Neunstellige ITIN in der Nähe von Begriffen wie &apos;ITIN&apos; oder &apos;tax id&apos;</translation>
    </message>
    <message>
        <source>US Medicare Beneficiary Identifier (MBI)</source>
        <translation>US-Medicare-Versichertennummer (MBI)</translation>
    </message>
    <message>
        <source>US National Provider Identifier (NPI) near the word &apos;NPI&apos;</source>
        <translation>US-Kennung für Leistungserbringer im Gesundheitswesen (NPI) in der Nähe des Begriffs &apos;NPI&apos;</translation>
    </message>
    <message>
        <source>Driver&apos;s license number near words such as &apos;driver&apos;s license&apos;</source>
        <translation>Führerscheinnummer in der Nähe von Begriffen wie &apos;driver&apos;s license&apos;</translation>
    </message>
    <message>
        <source>Passport number near the word &apos;passport&apos;</source>
        <translation>Reisepassnummer in der Nähe des Begriffs &apos;passport&apos;</translation>
    </message>
    <message>
        <source>UK National Insurance number</source>
        <translation>Britische Sozialversicherungsnummer (National Insurance Number)</translation>
    </message>
    <message>
        <source>UK NHS number with a valid mod-11 check digit</source>
        <translation>Britische NHS-Nummer mit gültiger Prüfziffer (mod-11)</translation>
    </message>
    <message>
        <source>Ten-digit NHS number (valid check digit) near the word &apos;NHS&apos;</source>
        <translation>Zehnstellige NHS-Nummer (gültige Prüfziffer) in der Nähe des Begriffs &apos;NHS&apos;</translation>
    </message>
    <message>
        <source>UK (DVLA) driving licence number</source>
        <translation>Britische Führerscheinnummer (DVLA)</translation>
    </message>
    <message>
        <source>UK vehicle registration (current format)</source>
        <translation>Britisches Kfz-Kennzeichen (aktuelles Format)</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer (valid date and check digit)</source>
        <translation>Schwedische Personennummer oder Koordinierungsnummer (personnummer/samordningsnummer, gültiges Datum und gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Swedish organisationsnummer (company number, valid check digit)</source>
        <translation>Schwedische Organisationsnummer (Unternehmensnummer, gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>German tax identification number (Steuer-ID, valid check digit)</source>
        <translation>Steuerliche Identifikationsnummer (Steuer-ID, gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>German tax number (Steuernummer) in the states&apos; format</source>
        <translation>Steuernummer im Format der Bundesländer</translation>
    </message>
    <message>
        <source>Thirteen-digit German tax number near the word &apos;Steuernummer&apos;</source>
        <translation>Dreizehnstellige Steuernummer in der Nähe des Begriffs &apos;Steuernummer&apos;</translation>
    </message>
    <message>
        <source>German VAT number (USt-IdNr., valid check digit)</source>
        <translation>Deutsche Umsatzsteuer-Identifikationsnummer (USt-IdNr., gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>German health insurance number (KVNR, valid check digit)</source>
        <translation>Krankenversichertennummer (KVNR, gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>German pension insurance number (valid birth date and check digit)</source>
        <translation>Rentenversicherungsnummer (gültiges Geburtsdatum und gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>German ID card number near the word &apos;Personalausweis&apos;</source>
        <translation>Personalausweisnummer in der Nähe des Begriffs &apos;Personalausweis&apos;</translation>
    </message>
    <message>
        <source>German driving licence number near the word &apos;Führerschein&apos;</source>
        <translation>Deutsche Führerscheinnummer in der Nähe des Begriffs &apos;Führerschein&apos;</translation>
    </message>
    <message>
        <source>German physician number (LANR, valid check digit) near &apos;LANR&apos;</source>
        <translation>Lebenslange Arztnummer (LANR, gültige Prüfziffer) in der Nähe von &apos;LANR&apos;</translation>
    </message>
    <message>
        <source>German commercial register number (HRA/HRB)</source>
        <translation>Handelsregisternummer (HRA/HRB)</translation>
    </message>
    <message>
        <source>German vehicle registration plate</source>
        <translation>Deutsches Kfz-Kennzeichen</translation>
    </message>
    <message>
        <source>French social security number (NIR, valid key)</source>
        <translation>Französische Sozialversicherungsnummer (NIR, gültiger Prüfschlüssel)</translation>
    </message>
    <message>
        <source>French company number (SIREN/SIRET) near the word &apos;SIREN&apos; or &apos;SIRET&apos;</source>
        <translation>Französische Unternehmensnummer (SIREN/SIRET) in der Nähe der Begriffe &apos;SIREN&apos; oder &apos;SIRET&apos;</translation>
    </message>
    <message>
        <source>French VAT number (valid key)</source>
        <translation>Französische Umsatzsteuer-Identifikationsnummer (gültiger Prüfschlüssel)</translation>
    </message>
    <message>
        <source>Finnish personal identity code (valid date and check character)</source>
        <translation>Finnische persönliche Identifikationsnummer (gültiges Datum und gültiges Prüfzeichen)</translation>
    </message>
    <message>
        <source>Spanish DNI/NIF or NIE (valid check letter)</source>
        <translation>Spanische DNI/NIF oder NIE (gültiger Prüfbuchstabe)</translation>
    </message>
    <message>
        <source>Turkish identity number (T.C. Kimlik No, valid check digits)</source>
        <translation>Türkische Identitätsnummer (T.C. Kimlik No, gültige Prüfziffern)</translation>
    </message>
    <message>
        <source>Canadian Social Insurance Number (valid Luhn checksum)</source>
        <translation>Kanadische Sozialversicherungsnummer (gültige Luhn-Prüfsumme)</translation>
    </message>
    <message>
        <source>Polish PESEL number (valid date and check digit)</source>
        <translation>Polnische PESEL-Nummer (gültiges Datum und gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>South African ID number (valid date and Luhn checksum)</source>
        <translation>Südafrikanische Ausweisnummer (gültiges Datum und gültige Luhn-Prüfsumme)</translation>
    </message>
    <message>
        <source>Singapore NRIC/FIN (valid check letter)</source>
        <translation>Singapurische NRIC/FIN (gültiger Prüfbuchstabe)</translation>
    </message>
    <message>
        <source>Date next to words such as &apos;date of birth&apos; or &apos;born&apos;</source>
        <translation>Datum neben Begriffen wie &apos;date of birth&apos; oder &apos;born&apos;</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Web address (URL)</source>
        <translation>Webadresse (URL)</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <source>US ABA routing number (valid checksum)</source>
        <translation>US-Bankleitzahl (ABA Routing Number, gültige Prüfsumme)</translation>
    </message>
    <message>
        <source>UK bank sort code near the words &apos;sort code&apos;</source>
        <translation>Britische Bankleitzahl (Sort Code) in der Nähe des Begriffs &apos;sort code&apos;</translation>
    </message>
    <message>
        <source>Bank account number near words such as &apos;account&apos; or &apos;acct&apos;</source>
        <translation>Kontonummer in der Nähe von Begriffen wie &apos;account&apos; oder &apos;acct&apos;</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>Name after a title (Mr, Dr, …)</source>
        <translation>Name nach einer Anrede (Herr, Frau, Dr., …)</translation>
    </message>
    <message>
        <source>Name under a sign-off</source>
        <translation>Name unter einer Grußformel</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Amazon Bedrock API key</source>
        <translation>API-Schlüssel für Amazon Bedrock</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>Google Cloud service-account key file</source>
        <translation>Schlüsseldatei eines Google-Cloud-Dienstkontos</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) client secret</source>
        <translation>Clientgeheimnis für Microsoft Entra ID (Azure AD)</translation>
    </message>
    <message>
        <source>Azure Storage account key</source>
        <translation>Kontoschlüssel für Azure Storage</translation>
    </message>
    <message>
        <source>Cloudflare Origin CA key</source>
        <translation>Schlüssel für Cloudflare Origin CA</translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation>Heroku-API-Schlüssel</translation>
    </message>
    <message>
        <source>Heroku API key (UUID form)</source>
        <translation>Heroku-API-Schlüssel (UUID-Format)</translation>
    </message>
    <message>
        <source>Fly.io access token</source>
        <translation>Fly.io-Zugriffstoken</translation>
    </message>
    <message>
        <source>Scalingo API token</source>
        <translation>Scalingo-API-Token</translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation>Databricks-Zugriffstoken</translation>
    </message>
    <message>
        <source>ClickHouse Cloud API secret key</source>
        <translation>Geheimer API-Schlüssel für ClickHouse Cloud</translation>
    </message>
    <message>
        <source>HashiCorp Terraform Cloud API token</source>
        <translation>API-Token für HashiCorp Terraform Cloud</translation>
    </message>
    <message>
        <source>HashiCorp Vault token</source>
        <translation>Token für HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault service token (legacy form)</source>
        <translation>Diensttoken für HashiCorp Vault (altes Format)</translation>
    </message>
    <message>
        <source>OpenShift user token</source>
        <translation>OpenShift-Benutzertoken</translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation>GitLab-Token</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>npm-Zugriffstoken</translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation>PyPI-Upload-Token</translation>
    </message>
    <message>
        <source>Clojars deploy token</source>
        <translation>Clojars-Deploy-Token</translation>
    </message>
    <message>
        <source>SonarQube / SonarCloud token</source>
        <translation>SonarQube-/SonarCloud-Token</translation>
    </message>
    <message>
        <source>Snyk API token</source>
        <translation>Snyk-API-Token</translation>
    </message>
    <message>
        <source>Sourcegraph access token</source>
        <translation>Sourcegraph-Zugriffstoken</translation>
    </message>
    <message>
        <source>Octopus Deploy API key</source>
        <translation>API-Schlüssel für Octopus Deploy</translation>
    </message>
    <message>
        <source>Infracost API token</source>
        <translation>Infracost-API-Token</translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation>Sentry-Authentifizierungstoken</translation>
    </message>
    <message>
        <source>Grafana Cloud or service-account token</source>
        <translation>Token für Grafana Cloud oder ein Grafana-Dienstkonto</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Zugriffstoken für Hugging Face</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Perplexity-API-Schlüssel</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Slack incoming-webhook URL</source>
        <translation>Slack-URL für eingehende Webhooks</translation>
    </message>
    <message>
        <source>Stripe secret or restricted key</source>
        <translation>Geheimer oder eingeschränkter Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>Square access token or application secret</source>
        <translation>Zugriffstoken oder Anwendungsgeheimnis für Square</translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation>Twilio-API-Schlüssel</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Authentifizierungstoken</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>SendGrid-API-Schlüssel</translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation>Mailchimp-API-Schlüssel</translation>
    </message>
    <message>
        <source>HubSpot API key</source>
        <translation>HubSpot-API-Schlüssel</translation>
    </message>
    <message>
        <source>MessageBird API key or client ID</source>
        <translation>API-Schlüssel oder Client-ID für MessageBird</translation>
    </message>
    <message>
        <source>Notion integration token</source>
        <translation>Notion-Integrationstoken</translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation>Atlassian-API-Token</translation>
    </message>
    <message>
        <source>Okta API token</source>
        <translation>Okta-API-Token</translation>
    </message>
    <message>
        <source>Sumo Logic access ID</source>
        <translation>Zugriffs-ID für Sumo Logic</translation>
    </message>
    <message>
        <source>Sumo Logic access key</source>
        <translation>Zugriffsschlüssel für Sumo Logic</translation>
    </message>
    <message>
        <source>MaxMind license key</source>
        <translation>MaxMind-Lizenzschlüssel</translation>
    </message>
    <message>
        <source>42 Intra API client secret</source>
        <translation>Clientgeheimnis für die 42 Intra API</translation>
    </message>
    <message>
        <source>Facebook / Meta access token</source>
        <translation>Facebook-/Meta-Zugriffstoken</translation>
    </message>
    <message>
        <source>Facebook app secret</source>
        <translation>Facebook-App-Geheimnis</translation>
    </message>
    <message>
        <source>1Password service-account token</source>
        <translation>Dienstkonto-Token für 1Password</translation>
    </message>
    <message>
        <source>1Password account secret key</source>
        <translation>Geheimschlüssel eines 1Password-Kontos</translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation>Geheimer Schlüssel für die age-Verschlüsselung</translation>
    </message>
    <message>
        <source>Database or service URL with a password</source>
        <translation>Datenbank- oder Dienst-URL mit Passwort</translation>
    </message>
    <message>
        <source>User name and password in a web address</source>
        <translation>Benutzername und Passwort in einer Webadresse</translation>
    </message>
    <message>
        <source>Connection string with a password</source>
        <translation>Verbindungszeichenfolge mit Passwort</translation>
    </message>
    <message>
        <source>Bundler gem-server credentials</source>
        <translation>Zugangsdaten für einen Gem-Server (Bundler)</translation>
    </message>
    <message>
        <source>Password given to curl on the command line</source>
        <translation>An curl in der Befehlszeile übergebenes Passwort</translation>
    </message>
    <message>
        <source>Credential in an HTTP Authorization header</source>
        <translation>Zugangsdaten in einem HTTP-Authorization-Header</translation>
    </message>
    <message>
        <source>API key or token in an HTTP request header</source>
        <translation>API-Schlüssel oder Token in einem HTTP-Anfrageheader</translation>
    </message>
    <message>
        <source>Password, key or token assigned to a setting, with a random-looking value</source>
        <translation>Passwort, Schlüssel oder Token mit zufällig wirkendem Wert, einer Einstellung zugewiesen</translation>
    </message>
    <message>
        <source>Bitcoin address (valid base58check checksum)</source>
        <translation>Bitcoin-Adresse (gültige base58check-Prüfsumme)</translation>
    </message>
    <message>
        <source>Bitcoin SegWit address (valid bech32 checksum)</source>
        <translation>Bitcoin-SegWit-Adresse (gültige bech32-Prüfsumme)</translation>
    </message>
    <message>
        <source>Ethereum address</source>
        <translation>Ethereum-Adresse</translation>
    </message>
    <message>
        <source>Korean resident registration number (RRN, valid date and check digit)</source>
        <translation>Südkoreanische Einwohnerregistrierungsnummer (RRN, gültiges Datum und gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Korean foreigner registration number (valid date and check digit)</source>
        <translation>Südkoreanische Ausländerregistrierungsnummer (gültiges Datum und gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Thai national ID number (valid province code and check digit)</source>
        <translation>Thailändische Personalausweisnummer (gültiger Provinzcode und gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Indian Aadhaar number (valid Verhoeff check digit)</source>
        <translation>Indische Aadhaar-Nummer (gültige Verhoeff-Prüfziffer)</translation>
    </message>
    <message>
        <source>Indian Permanent Account Number (PAN)</source>
        <translation>Indische Steuerkontonummer (Permanent Account Number, PAN)</translation>
    </message>
    <message>
        <source>Indian GST identification number (GSTIN, valid check character)</source>
        <translation>Indische GST-Identifikationsnummer (GSTIN, gültiges Prüfzeichen)</translation>
    </message>
    <message>
        <source>Italian fiscal code (codice fiscale, valid check letter)</source>
        <translation>Italienische Steuernummer (codice fiscale, gültiger Prüfbuchstabe)</translation>
    </message>
    <message>
        <source>Australian tax file number (TFN, valid check digit)</source>
        <translation>Australische Steuernummer (TFN, gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Australian Medicare card number (valid check digit)</source>
        <translation>Australische Medicare-Kartennummer (gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Australian Business Number (ABN, valid mod-89 check)</source>
        <translation>Australische Unternehmensnummer (ABN, gültige Prüfsumme mod-89)</translation>
    </message>
    <message>
        <source>Australian Company Number (ACN, valid check digit) near the word &apos;ACN&apos;</source>
        <translation>Australische Gesellschaftsnummer (ACN, gültige Prüfziffer) in der Nähe des Begriffs &apos;ACN&apos;</translation>
    </message>
    <message>
        <source>Nigerian National Identification Number (NIN) near the word &apos;NIN&apos;</source>
        <translation>Nigerianische nationale Identifikationsnummer (NIN) in der Nähe des Begriffs &apos;NIN&apos;</translation>
    </message>
    <message>
        <source>Singapore Unique Entity Number (UEN, valid check letter)</source>
        <translation>Singapurische Unternehmenskennnummer (UEN, gültiger Prüfbuchstabe)</translation>
    </message>
    <message>
        <source>The same value as one found before</source>
        <translation>Derselbe Wert wie ein zuvor gefundener</translation>
    </message>
    <message>
        <source>Matches a rule of your organisation&apos;s policy</source>
        <translation>Entspricht einer Regel der Richtlinie Ihrer Organisation</translation>
    </message>
    <message>
        <source>A term of your organisation&apos;s dictionary</source>
        <translation>Ein Begriff aus dem Wörterbuch Ihrer Organisation</translation>
    </message>
    <message>
        <source>Street address (house number, street name and type)</source>
        <translation>Straßenanschrift (Hausnummer, Straßenname und -art)</translation>
    </message>
    <message>
        <source>Street address (German format)</source>
        <translation>Straßenanschrift (deutsches Format)</translation>
    </message>
    <message>
        <source>Street address (Swedish format)</source>
        <translation>Straßenanschrift (schwedisches Format)</translation>
    </message>
    <message>
        <source>Street address (French format)</source>
        <translation>Straßenanschrift (französisches Format)</translation>
    </message>
    <message>
        <source>UK postcode</source>
        <translation>Britische Postleitzahl (Postcode)</translation>
    </message>
    <message>
        <source>Postal code next to a word such as &apos;ZIP&apos; or &apos;PLZ&apos;</source>
        <translation>Postleitzahl neben einem Wort wie „ZIP“ oder „PLZ“</translation>
    </message>
    <message>
        <source>Name a person gives (&quot;my name is …&quot;)</source>
        <translation>Name, den eine Person selbst nennt („ich heiße …“)</translation>
    </message>
    <message>
        <source>Street address in lower case, next to a word such as &apos;address&apos; or &apos;ship to&apos;</source>
        <translation>Straßenadresse in Kleinbuchstaben, neben einem Wort wie „Adresse“ oder „ship to“</translation>
    </message>
    <message>
        <source>Password written after a word such as &apos;password&apos;, &apos;Passwort&apos;, &apos;lösenord&apos; or &apos;mot de passe&apos;</source>
        <translation>Passwort nach einem Wort wie „password“, „Passwort“, „lösenord“ oder „mot de passe“</translation>
    </message>
    <message>
        <source>US DEA registration number (valid check digit) near the word &apos;DEA&apos;</source>
        <translation>US-amerikanische DEA-Registrierungsnummer (gültige Prüfziffer) neben dem Wort „DEA“</translation>
    </message>
    <message>
        <source>Phone number in international form with the 00 prefix</source>
        <translation>Telefonnummer in internationaler Form mit der Vorwahl 00</translation>
    </message>
    <message>
        <source>Name of a person, in capitals</source>
        <translation>Name einer Person, in Großbuchstaben</translation>
    </message>
    <message>
        <source>Korean business registration number (valid check digit)</source>
        <translation>Koreanische Unternehmensregisternummer (gültige Prüfziffer)</translation>
    </message>
    <message>
        <source>Korean driver&apos;s license number</source>
        <translation>Koreanische Führerscheinnummer</translation>
    </message>
    <message>
        <source>Indian voter ID (EPIC) near the word &apos;voter&apos;</source>
        <translation>Indischer Wählerausweis (EPIC) neben dem Wort „voter“</translation>
    </message>
    <message>
        <source>Indian vehicle registration number near a word such as &apos;vehicle&apos;</source>
        <translation>Indisches Kfz-Kennzeichen neben einem Wort wie „vehicle“</translation>
    </message>
    <message>
        <source>Nigerian vehicle registration near a word such as &apos;plate&apos;</source>
        <translation>Nigerianisches Kfz-Kennzeichen neben einem Wort wie „plate“</translation>
    </message>
    <message>
        <source>Turkish licence plate near a word such as &apos;plaka&apos;</source>
        <translation>Türkisches Kfz-Kennzeichen neben einem Wort wie „plaka“</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>Kalenderdatum</translation>
    </message>
    <message>
        <source>Phone number in 3-3-2-2 groups (Turkish format)</source>
        <translation>Telefonnummer in Gruppen 3-3-2-2 (türkisches Format)</translation>
    </message>
    <message>
        <source>Azure Storage connection string with an account key or a shared access signature</source>
        <translation>Verbindungszeichenfolge für Azure Storage mit Kontoschlüssel oder SAS-Signatur</translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation>Google-OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation>Google-OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>DigitalOcean access or refresh token</source>
        <translation>DigitalOcean-Zugriffs- oder Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation>Pulumi-Zugriffstoken</translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation>Postman-API-Schlüssel</translation>
    </message>
    <message>
        <source>Doppler access token</source>
        <translation>Doppler-Zugriffstoken</translation>
    </message>
    <message>
        <source>Linear API key or OAuth token</source>
        <translation>Linear-API-Schlüssel oder OAuth-Token</translation>
    </message>
    <message>
        <source>Anthropic (Claude) OAuth token</source>
        <translation>OAuth-Token von Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Shopify access token or shared secret</source>
        <translation>Shopify-Zugriffstoken oder gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>HubSpot private app access token</source>
        <translation>Zugriffstoken einer privaten HubSpot-App</translation>
    </message>
    <message>
        <source>Private key (PuTTY key file)</source>
        <translation>Privater Schlüssel (PuTTY-Schlüsseldatei)</translation>
    </message>
    <message>
        <source>AWS temporary session token</source>
        <translation>Temporäres AWS-Sitzungstoken</translation>
    </message>
    <message>
        <source>Private key (PEM block encoded in base64)</source>
        <translation>Privater Schlüssel (PEM-Block in Base64 kodiert)</translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation>Passwort in einem .netrc-Eintrag</translation>
    </message>
    <message>
        <source>Card security code (CVV / CVC) after its label</source>
        <translation>Kartenprüfnummer (CVV / CVC) nach ihrer Bezeichnung</translation>
    </message>
    <message>
        <source>Card expiry date after its label, near a card</source>
        <translation>Ablaufdatum einer Karte nach seiner Bezeichnung, nahe einer Karte</translation>
    </message>
    <message>
        <source>Card number with its expiry date (and security code)</source>
        <translation>Kartennummer mit Ablaufdatum (und Prüfnummer)</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation>Docker-Hub-Zugriffstoken</translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation>RubyGems-API-Schlüssel</translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation>NuGet-API-Schlüssel</translation>
    </message>
    <message>
        <source>Supabase access token</source>
        <translation>Supabase-Zugriffstoken</translation>
    </message>
    <message>
        <source>PlanetScale token or password</source>
        <translation>PlanetScale-Token oder -Passwort</translation>
    </message>
    <message>
        <source>Buildkite API token</source>
        <translation>Buildkite-API-Token</translation>
    </message>
    <message>
        <source>Figma access token</source>
        <translation>Figma-Zugriffstoken</translation>
    </message>
    <message>
        <source>Contentful management token</source>
        <translation>Contentful-Verwaltungstoken</translation>
    </message>
    <message>
        <source>Plaid access token</source>
        <translation>Plaid-Zugriffstoken</translation>
    </message>
    <message>
        <source>Flutterwave secret key</source>
        <translation>Geheimer Flutterwave-Schlüssel</translation>
    </message>
    <message>
        <source>Shippo API token</source>
        <translation>Shippo-API-Token</translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) API key</source>
        <translation>Brevo-API-Schlüssel (Sendinblue)</translation>
    </message>
    <message>
        <source>Tailscale auth or API key</source>
        <translation>Tailscale-Auth- oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Replicate-API-Token</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>OpenRouter-API-Schlüssel</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>xAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation>New-Relic-Benutzer-API-Schlüssel</translation>
    </message>
    <message>
        <source>Mapbox secret access token</source>
        <translation>Geheimes Mapbox-Zugriffstoken</translation>
    </message>
    <message>
        <source>Braintree (PayPal) access token</source>
        <translation>Braintree-Zugriffstoken (PayPal)</translation>
    </message>
    <message>
        <source>Vercel access token or API key (valid checksum)</source>
        <translation>Vercel-Zugriffstoken oder API-Schlüssel (gültige Prüfsumme)</translation>
    </message>
    <message>
        <source>Netlify access token</source>
        <translation>Netlify-Zugriffstoken</translation>
    </message>
    <message>
        <source>Render API key</source>
        <translation>Render-API-Schlüssel</translation>
    </message>
    <message>
        <source>CircleCI personal or project API token</source>
        <translation>Persönliches oder Projekt-API-Token von CircleCI</translation>
    </message>
    <message>
        <source>Supabase secret API key</source>
        <translation>Geheimer Supabase-API-Schlüssel</translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) SMTP key</source>
        <translation>SMTP-Schlüssel von Brevo (Sendinblue)</translation>
    </message>
    <message>
        <source>Dropbox access token</source>
        <translation>Dropbox-Zugriffstoken</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation>Persönliches Zugriffstoken für Azure DevOps</translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation>Dynatrace-API-Token</translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation>LangSmith-API-Schlüssel</translation>
    </message>
    <message>
        <source>JFrog Artifactory API key</source>
        <translation>API-Schlüssel für JFrog Artifactory</translation>
    </message>
    <message>
        <source>Harness personal or service account token</source>
        <translation>Persönliches oder Dienstkonto-Token von Harness</translation>
    </message>
    <message>
        <source>Discord bot token</source>
        <translation>Discord-Bot-Token</translation>
    </message>
    <message>
        <source>Airtable personal access token</source>
        <translation>Persönliches Zugriffstoken für Airtable</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Mailgun-API-Schlüssel</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token (older format)</source>
        <translation>Persönliches Zugriffstoken für Azure DevOps (älteres Format)</translation>
    </message>
    <message>
        <source>Django secret key</source>
        <translation>Geheimer Django-Schlüssel</translation>
    </message>
    <message>
        <source>Password, key or token in an XML element</source>
        <translation>Passwort, Schlüssel oder Token in einem XML-Element</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>List the built-in detection rules</source>
        <translation>Die integrierten Erkennungsregeln auflisten</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Ausgabeformat: text (Standard), json oder markdown.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>scrim-cli rules: %1 See &apos;scrim-cli rules --help&apos;.</source>
        <translation>scrim-cli rules: %1 Siehe &apos;scrim-cli rules --help&apos;.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>scrim-cli rules: unknown format &apos;%1&apos;; use text, json or markdown.</source>
        <translation>scrim-cli rules: Unbekanntes Format &apos;%1&apos;; verwenden Sie text, json oder markdown.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n Regel.</numerusform>
            <numerusform>%n Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>what it finds</source>
        <translation>was sie findet</translation>
    </message>
    <message>
        <source>validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>needs context</source>
        <translation>braucht Kontext</translation>
    </message>
    <message>
        <source>a person-linked value nearby</source>
        <translation>ein personenbezogener Wert in der Nähe</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>scrim-cli: &apos;%1&apos; is a folder. Give a file (for a folder: find DIR -type f -exec scrim-cli scan {} \;).</source>
        <translation>scrim-cli: &apos;%1&apos; ist ein Ordner. Geben Sie eine Datei an (für einen Ordner: find ORDNER -type f -exec scrim-cli scan {} \;).</translation>
    </message>
    <message>
        <source>scrim-cli: cannot open &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: &apos;%1&apos; kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>scrim-cli: reading &apos;%1&apos; failed: %2. Nothing was reported for it.</source>
        <translation>scrim-cli: Lesen von &apos;%1&apos; fehlgeschlagen: %2. Für diese Eingabe wurde nichts gemeldet.</translation>
    </message>
    <message>
        <source>scrim-cli: &apos;%1&apos; looks binary (a NUL byte at offset %2), so it was not scanned. Scrim scans text; extract the text first.</source>
        <translation>scrim-cli: &apos;%1&apos; scheint binär zu sein (NUL-Byte an Offset %2) und wurde daher nicht geprüft. Scrim prüft Text; extrahieren Sie zuerst den Text.</translation>
    </message>
    <message>
        <source>scrim-cli: scanning &apos;%1&apos; failed: %2</source>
        <translation>scrim-cli: Prüfung von &apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>scrim-cli: cannot open records file &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: Datensatzdatei &apos;%1&apos; kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot write &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: &apos;%1&apos; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: %3</source>
        <translation>scrim-cli: %1:%2: %3</translation>
    </message>
    <message>
        <source>scrim-cli: writing predictions failed: %1.</source>
        <translation>scrim-cli: Schreiben der Vorhersagen fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot save &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: &apos;%1&apos; kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Find sensitive data in a file or standard input</source>
        <translation>Sensible Daten in einer Datei oder der Standardeingabe finden</translation>
    </message>
    <message>
        <source>Report format: text (default), json or sarif.</source>
        <translation>Berichtsformat: text (Standard), json oder sarif.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Benchmark mode: scan the &quot;text&quot; of each JSON line of IN and write one prediction line per record (offsets in code points).</source>
        <translation>Benchmark-Modus: das Feld &quot;text&quot; jeder JSON-Zeile von EINGABE prüfen und je Datensatz eine Vorhersagezeile schreiben (Offsets in Codepoints).</translation>
    </message>
    <message>
        <source>IN.jsonl</source>
        <translation>EINGABE.jsonl</translation>
    </message>
    <message>
        <source>With --records: write predictions to OUT instead of standard output.</source>
        <translation>Mit --records: Vorhersagen in AUSGABE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Print the full values found. Off by default: reports show masked values.</source>
        <translation>Gefundene Werte vollständig ausgeben. Standardmäßig aus: Berichte zeigen maskierte Werte.</translation>
    </message>
    <message>
        <source>Bytes scanned per step for long input (default 1048576).</source>
        <translation>Pro Schritt geprüfte Bytes bei langen Eingaben (Standard: 1048576).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>The file to scan; - or nothing reads standard input.</source>
        <translation>Die zu prüfende Datei; bei - oder ohne Angabe wird die Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 nothing found, 1 findings, 2 error (with --records: 0 done, 2 error).
</source>
        <translation>
Exit-Status: 0 nichts gefunden, 1 Treffer, 2 Fehler (mit --records: 0 fertig, 2 Fehler).
</translation>
    </message>
    <message>
        <source>scrim-cli scan: unknown format &apos;%1&apos;; use text, json or sarif.</source>
        <translation>scrim-cli scan: Unbekanntes Format &apos;%1&apos;; verwenden Sie text, json oder sarif.</translation>
    </message>
    <message>
        <source>scrim-cli scan: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli scan: Geben Sie genau eine Datei an (oder - für die Standardeingabe), nicht %1.</translation>
    </message>
    <message>
        <source>scrim-cli scan: the rules could not be loaded: %1</source>
        <translation>scrim-cli scan: Die Regeln konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>scrim-cli scan: --records reads its own input file; drop &apos;%1&apos;.</source>
        <translation>scrim-cli scan: --records liest eine eigene Eingabedatei; entfernen Sie &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli: warning: &apos;%1&apos; has %n byte(s) that are not valid UTF-8, the first at line %2, column %3 (byte offset %4). The valid parts were scanned.</source>
        <translation>
            <numerusform>scrim-cli: Warnung: &apos;%1&apos; enthält %n Byte, das kein gültiges UTF-8 ist, in Zeile %2, Spalte %3 (Byte-Offset %4). Die gültigen Teile wurden geprüft.</numerusform>
            <numerusform>scrim-cli: Warnung: &apos;%1&apos; enthält %n Bytes, die kein gültiges UTF-8 sind, das erste in Zeile %2, Spalte %3 (Byte-Offset %4). Die gültigen Teile wurden geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: invalid JSON (%3 at column %4); record skipped.</source>
        <translation>scrim-cli: %1:%2: Ungültiges JSON (%3 in Spalte %4); Datensatz übersprungen.</translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: a record must be a JSON object with a string &quot;id&quot; and a string &quot;text&quot;; record skipped.</source>
        <translation>scrim-cli: %1:%2: Ein Datensatz muss ein JSON-Objekt mit den Zeichenkettenfeldern &quot;id&quot; und &quot;text&quot; sein; Datensatz übersprungen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[DATEI|-]</translation>
    </message>
    <message>
        <source>scrim-cli scan: %1 See &apos;scrim-cli scan --help&apos;.</source>
        <translation>scrim-cli scan: %1 Siehe &apos;scrim-cli scan --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 4096 and 1073741824.</source>
        <translation>scrim-cli scan: --chunk-size muss eine Anzahl Bytes zwischen 4096 und 1073741824 sein.</translation>
    </message>
    <message>
        <source>scrim-cli scan: --output goes with --records; for reports, redirect standard output.</source>
        <translation>scrim-cli scan: --output gehört zu --records; leiten Sie für Berichte die Standardausgabe um.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot scan %1: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli: %1 kann nicht geprüft werden: Datei nicht vorhanden. Prüfen Sie den Pfad, oder verwenden Sie -, um die Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>scrim-cli scan: cannot read the policy &apos;%1&apos;: %2.</source>
        <translation>scrim-cli scan: Die Richtlinie &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli scan: the policy &apos;%1&apos; has %n problem(s); &apos;scrim-cli policy lint %1&apos; lists them.</source>
        <translation>
            <numerusform>scrim-cli scan: Die Richtlinie &apos;%1&apos; hat %n Problem; &apos;scrim-cli policy lint %1&apos; zeigt es.</numerusform>
            <numerusform>scrim-cli scan: Die Richtlinie &apos;%1&apos; hat %n Probleme; &apos;scrim-cli policy lint %1&apos; zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a policy file&apos;s custom rules, dictionaries and allowlist to the built-in rules.</source>
        <translation>Die eigenen Regeln, Wörterbücher und die Ausnahmeliste einer Richtliniendatei zu den eingebauten Regeln hinzufügen.</translation>
    </message>
    <message>
        <source>List every date, also far from any person-linked value (a de-identification audit). By default a date is listed only near a name, contact, ID, account number or health data; dates never change the exit code.</source>
        <translation>Jedes Datum aufführen, auch fern von jedem personenbezogenen Wert (für eine De-Identifizierungsprüfung). Standardmäßig wird ein Datum nur in der Nähe eines Namens, Kontakts, Ausweises, einer Kontonummer oder von Gesundheitsdaten aufgeführt; Daten ändern den Exit-Status nie.</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message numerus="yes">
        <source>%1: %n finding(s) (%2).</source>
        <translation>
            <numerusform>%1: %n Treffer (%2).</numerusform>
            <numerusform>%1: %n Treffer (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no findings (%2 scanned).</source>
        <translation>%1: keine Treffer (%2 geprüft).</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s); the valid parts were scanned.</source>
        <translation>
            <numerusform>%n ungültiges UTF-8-Byte; die gültigen Teile wurden geprüft.</numerusform>
            <numerusform>%n ungültige UTF-8-Bytes; die gültigen Teile wurden geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source> (documented test value)</source>
        <translation> (dokumentierter Testwert)</translation>
    </message>
    <message numerus="yes">
        <source> %n date(s) listed, never counted.</source>
        <translation>
            <numerusform> %n Datum aufgeführt, nie gezählt.</numerusform>
            <numerusform> %n Daten aufgeführt, nie gezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>List the vault&apos;s sessions or forget them (list, forget)</source>
        <translation>Die Sitzungen des Tresors auflisten oder vergessen (list, forget)</translation>
    </message>
    <message>
        <source>With forget: forget every session.</source>
        <translation>Mit forget: alle Sitzungen vergessen.</translation>
    </message>
    <message>
        <source>With list: print JSON.</source>
        <translation>Mit list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>list, or forget NAME</source>
        <translation>list oder forget NAME</translation>
    </message>
    <message>
        <source>scrim-cli session: say what to do: list, forget NAME or forget --all.</source>
        <translation>scrim-cli session: Geben Sie an, was zu tun ist: list, forget NAME oder forget --all.</translation>
    </message>
    <message>
        <source>There are no sessions yet.</source>
        <translation>Es gibt noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>scrim-cli session: %1</source>
        <translation>scrim-cli session: %1</translation>
    </message>
    <message>
        <source>scrim-cli session: there is no session &apos;%1&apos;.</source>
        <translation>scrim-cli session: Es gibt keine Sitzung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; forgotten: its originals are deleted; its tokens can no longer be restored.</source>
        <translation>Sitzung &apos;%1&apos; vergessen: Die Originalwerte sind gelöscht; ihre Token können nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) forgotten.</source>
        <translation>
            <numerusform>%n Sitzung vergessen.</numerusform>
            <numerusform>%n Sitzungen vergessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last used %1, expires %2, %n value(s)</source>
        <translation>
            <numerusform>zuletzt verwendet: %1, läuft ab: %2, %n Wert</numerusform>
            <numerusform>zuletzt verwendet: %1, läuft ab: %2, %n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n Sitzung.</numerusform>
            <numerusform>%n Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli session: unknown action &apos;%1&apos;; use list, forget NAME or forget --all.</source>
        <translation>scrim-cli session: Unbekannte Aktion &apos;%1&apos;; verwenden Sie list, forget NAME oder forget --all.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Scrim settings</source>
        <translation>Scrim-Einstellungen</translation>
    </message>
    <message>
        <source>Replace values with</source>
        <translation>Werte ersetzen durch</translation>
    </message>
    <message>
        <source>tokens such as [EMAIL_1] (restorable)</source>
        <translation>Token wie [EMAIL_1] (wiederherstellbar)</translation>
    </message>
    <message>
        <source>realistic stand-ins (restorable)</source>
        <translation>realistische Ersatzwerte (wiederherstellbar)</translation>
    </message>
    <message>
        <source>masks such as **** 9855</source>
        <translation>Masken wie **** 9855</translation>
    </message>
    <message>
        <source>[REDACTED]</source>
        <translation>[REDACTED]</translation>
    </message>
    <message>
        <source>short hashes</source>
        <translation>kurze Hashes</translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation>wie in der Richtlinie festgelegt</translation>
    </message>
    <message>
        <source>Show notices for warnings and automatic anonymization (notices that need a decision always show)</source>
        <translation>Hinweise bei Warnungen und automatischer Anonymisierung anzeigen (Hinweise, die eine Entscheidung erfordern, werden immer angezeigt)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s configuration does not let users change these settings.</source>
        <translation>Die Konfiguration Ihrer Organisation erlaubt Benutzern nicht, diese Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Start Scrim when I log in</source>
        <translation>Scrim bei meiner Anmeldung starten</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>as the system</source>
        <translation>wie im System eingestellt</translation>
    </message>
    <message>
        <source>The language changes at the next start of Scrim.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Scrim.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 cannot be written; the change holds until Scrim ends.</source>
        <translation>%1 kann nicht geschrieben werden; die Änderung gilt nur, bis Scrim beendet wird.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Scan clipboard now</source>
        <translation>Zwischenablage jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;About Scrim</source>
        <translation>Über &amp;Scrim</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Scrim: %1</source>
        <translation>Scrim: %1</translation>
    </message>
    <message>
        <source>Scrim</source>
        <translation>Scrim</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Scrim shows this window instead. Closing it keeps Scrim running; use Quit to stop it.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (System-Tray), daher zeigt Scrim stattdessen dieses Fenster an. Wenn Sie es schließen, läuft Scrim weiter; mit „Beenden“ wird Scrim gestoppt.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive.</source>
        <translation>Die Zwischenablage konnte nicht geprüft werden (%1). Behandeln Sie ihren Inhalt als sensibel.</translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard.</source>
        <translation>In der Zwischenablage wurde nichts Sensibles gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n sensitive value(s): %1.</source>
        <translation>
            <numerusform>Die Zwischenablage enthält %n sensiblen Wert: %1.</numerusform>
            <numerusform>Die Zwischenablage enthält %n sensible Werte: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 MiB were checked.</source>
        <translation>Nur die ersten %1 MiB wurden geprüft.</translation>
    </message>
    <message>
        <source>About Scrim</source>
        <translation>Über Scrim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Flags personal, health and payment data, secrets and confidential text before it is pasted into an AI chatbot.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Weist auf personenbezogene Daten, Gesundheits- und Zahlungsdaten, Zugangsdaten und vertrauliche Texte hin, bevor sie in einen KI-Chatbot eingefügt werden.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n Geheimnis</numerusform>
            <numerusform>%n Geheimnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment detail(s)</source>
        <translation>
            <numerusform>%n Zahlungsangabe</numerusform>
            <numerusform>%n Zahlungsangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health detail(s)</source>
        <translation>
            <numerusform>%n Gesundheitsangabe</numerusform>
            <numerusform>%n Gesundheitsangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal detail(s)</source>
        <translation>
            <numerusform>%n personenbezogene Angabe</numerusform>
            <numerusform>%n personenbezogene Angaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential term(s)</source>
        <translation>
            <numerusform>%n vertraulicher Begriff</numerusform>
            <numerusform>%n vertrauliche Begriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt-injection text(s)</source>
        <translation>
            <numerusform>%n Prompt-Injection-Text</numerusform>
            <numerusform>%n Prompt-Injection-Texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log unavailable: %1</source>
        <translation>Audit-Protokoll nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Audit log key kept in a file: no OS keychain in use.</source>
        <translation>Schlüssel des Audit-Protokolls liegt in einer Datei: kein Schlüsselbund des Betriebssystems in Gebrauch.</translation>
    </message>
    <message>
        <source>&amp;Anonymize clipboard</source>
        <translation>Zwischenablage &amp;anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Restore from clipboard</source>
        <translation>Aus der Zwischenablage &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Needs the encrypted store, which is not available.</source>
        <translation>Benötigt die verschlüsselte Datenbank, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Anonymize clipboard</source>
        <translation>Zwischenablage anonymisieren</translation>
    </message>
    <message>
        <source>Anonymized copies need the encrypted store, which is not available.</source>
        <translation>Anonymisierte Kopien benötigen die verschlüsselte Datenbank, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli anonymize for large texts.</source>
        <translation>Die Zwischenablage enthält mehr als %1 MiB Text; sie wurde nicht verändert. Verwenden Sie für große Texte scrim-cli anonymize.</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1); it was left as it is.</source>
        <translation>Die Zwischenablage konnte nicht geprüft werden (%1); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard; it was left as it is.</source>
        <translation>In der Zwischenablage wurde nichts Sensibles gefunden; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1); the clipboard was left as it is.</source>
        <translation>Der Tresor konnte nicht gelesen werden (%1); die Zwischenablage wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The clipboard could not be anonymized (%1); it was left as it is.</source>
        <translation>Die Zwischenablage konnte nicht anonymisiert werden (%1); sie wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n value(s) with tokens: %1. Paste it into the AI tool; to put the values back into its answer, copy the answer and choose Restore from clipboard.</source>
        <translation>
            <numerusform>%n Wert durch ein Token ersetzt: %1. Fügen Sie den Text in das KI-Werkzeug ein; um den Wert wieder in dessen Antwort einzusetzen, kopieren Sie die Antwort und wählen Sie „Aus der Zwischenablage wiederherstellen“.</numerusform>
            <numerusform>%n Werte durch Token ersetzt: %1. Fügen Sie den Text in das KI-Werkzeug ein; um die Werte wieder in dessen Antwort einzusetzen, kopieren Sie die Antwort und wählen Sie „Aus der Zwischenablage wiederherstellen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from clipboard</source>
        <translation>Aus der Zwischenablage wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation>Das Wiederherstellen benötigt die verschlüsselte Datenbank, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli restore for large texts.</source>
        <translation>Die Zwischenablage enthält mehr als %1 MiB Text; sie wurde nicht verändert. Verwenden Sie für große Texte scrim-cli restore.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s); the clipboard now holds the original text.</source>
        <translation>
            <numerusform>%n Wert wiederhergestellt; die Zwischenablage enthält jetzt den Originaltext.</numerusform>
            <numerusform>%n Werte wiederhergestellt; die Zwischenablage enthält jetzt den Originaltext.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token of the current session was found; the clipboard was left as it is.</source>
        <translation>Es wurde kein Token der aktuellen Sitzung gefunden; die Zwischenablage wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are.</source>
        <translation>
            <numerusform>%n Token ist abgelaufen oder wurde vergessen und bleibt unverändert.</numerusform>
            <numerusform>%n Token sind abgelaufen oder wurden vergessen und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are.</source>
        <translation>
            <numerusform>%n Token stammt nicht aus dieser Sitzung und bleibt unverändert.</numerusform>
            <numerusform>%n Token stammen nicht aus dieser Sitzung und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer also holds %n sensitive value(s) that did not come from your text: %1.</source>
        <translation>
            <numerusform>Die Antwort enthält außerdem %n sensiblen Wert, der nicht aus Ihrem Text stammt: %1.</numerusform>
            <numerusform>Die Antwort enthält außerdem %n sensible Werte, die nicht aus Ihrem Text stammen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 of %2</source>
        <translation>Richtlinie %1 von %2</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; the built-in default policy applies.</source>
        <translation>Die verwaltete Konfiguration kann nicht gelesen werden; es gilt die integrierte Standardrichtlinie.</translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation>Geschützt: %1</translation>
    </message>
    <message>
        <source>Scrim is already running; its paste-box was brought forward.</source>
        <translation>Scrim läuft bereits; seine Einfügebox wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>the downloaded policy was rejected (%1)</source>
        <translation>die heruntergeladene Richtlinie wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>der Server war nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>Open &amp;paste-box</source>
        <translation>&amp;Einfügebox öffnen</translation>
    </message>
    <message>
        <source>Give a reason to get the &amp;original back…</source>
        <translation>Begründung angeben, um das &amp;Original zurückzuerhalten…</translation>
    </message>
    <message>
        <source>&amp;Pause protection</source>
        <translation>Schutz pa&amp;usieren</translation>
    </message>
    <message>
        <source>Pause protection</source>
        <translation>Schutz pausieren</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow pausing.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt kein Pausieren.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Für 15 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until I resume it</source>
        <translation>Bis ich ihn fortsetze</translation>
    </message>
    <message>
        <source>&amp;Resume protection</source>
        <translation>Schutz &amp;fortsetzen</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>Po&amp;licy status</source>
        <translation>&amp;Richtlinienstatus</translation>
    </message>
    <message>
        <source>Awareness demos for trainers come in a later version.</source>
        <translation>Sensibilisierungsdemos für Trainer folgen in einer späteren Version.</translation>
    </message>
    <message>
        <source>built-in default policy</source>
        <translation>integrierte Standardrichtlinie</translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard (%1)</source>
        <translation>Sensibler Text in der Zwischenablage (%1)</translation>
    </message>
    <message>
        <source>Clipboard blocked for %1 (%2)</source>
        <translation>Zwischenablage für %1 gesperrt (%2)</translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1 (%2)</source>
        <translation>Zwischenablage für %1 anonymisiert (%2)</translation>
    </message>
    <message>
        <source>Paused until %1 (%2)</source>
        <translation>Pausiert bis %1 (%2)</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Pausiert (%1)</translation>
    </message>
    <message>
        <source>Not protecting the clipboard (%1)</source>
        <translation>Zwischenablage nicht geschützt (%1)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ei&amp;nstellungen…</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>expired %1: everything sensitive is anonymized</source>
        <translation>abgelaufen %1: alles Sensible wird anonymisiert</translation>
    </message>
    <message>
        <source>expired %1, still enforced</source>
        <translation>abgelaufen %1, gilt weiterhin</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are (grey).</source>
        <translation>
            <numerusform>%n Token ist abgelaufen oder wurde vergessen und bleibt unverändert (grau).</numerusform>
            <numerusform>%n Token sind abgelaufen oder wurden vergessen und bleiben unverändert (grau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are (red).</source>
        <translation>
            <numerusform>%n Token stammt nicht aus dieser Sitzung und bleibt unverändert (rot).</numerusform>
            <numerusform>%n Token stammen nicht aus dieser Sitzung und bleiben unverändert (rot).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: scrim-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation>Aufruf: scrim-cli BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Scrim finds personal, health and payment data, secrets and confidential text before it reaches an AI chatbot.</source>
        <translation>Scrim findet personenbezogene Daten, Gesundheits- und Zahlungsdaten, Zugangsdaten und vertrauliche Texte, bevor sie einen KI-Chatbot erreichen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;scrim-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit &apos;scrim-cli BEFEHL --help&apos; werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation>scrim-cli: Nicht genügend Arbeitsspeicher; es wurde nichts geschrieben. Prüfen Sie eine kleinere Eingabe oder geben Sie Speicher frei.</translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation>scrim-cli: Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli: writing the output failed (disk full or closed pipe?); the report is incomplete.</source>
        <translation>scrim-cli: Das Schreiben der Ausgabe ist fehlgeschlagen (Datenträger voll oder Pipe geschlossen?); der Bericht ist unvollständig.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done and nothing to report, 1 something to report (scan: findings; restore: unknown tokens or unexpected values), 2 error.</source>
        <translation>Exit-Status: 0 fertig und nichts zu melden, 1 etwas zu melden (scan: Treffer; restore: unbekannte Token oder unerwartete Werte), 2 Fehler.</translation>
    </message>
</context>
</TS>
