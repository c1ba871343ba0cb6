<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>scrim-cli: cannot scan &apos;%1&apos;: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli: &apos;%1&apos; kann nicht geprüft werden: Datei nicht vorhanden. Überprüfen Sie den Pfad oder verwenden Sie -, um die Standardeingabe zu lesen.</translation>
    </message>
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
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 1 and 1073741824.</source>
        <translation>scrim-cli scan: --chunk-size muss eine Anzahl Bytes zwischen 1 und 1073741824 sein.</translation>
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
        <source>Protected: built-in default policy</source>
        <translation>Geschützt: integrierte Standardrichtlinie</translation>
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
        <source>Exit codes: 0 nothing found, 1 findings, 2 error.</source>
        <translation>Exit-Status: 0 nichts gefunden, 1 Treffer, 2 Fehler.</translation>
    </message>
    <message>
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation>scrim-cli: Nicht genügend Arbeitsspeicher; es wurde nichts geschrieben. Prüfen Sie eine kleinere Eingabe oder geben Sie Speicher frei.</translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation>scrim-cli: Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
</context>
</TS>
