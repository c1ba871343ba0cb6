<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CoreErrors</name>
    <message>
        <source>Segment size and overlap must be positive.</source>
        <translation>Segmentstorlek och överlappning måste vara positiva.</translation>
    </message>
    <message>
        <source>A rule has no id; give every rule a unique id.</source>
        <translation>En regel saknar ID; ge varje regel ett unikt ID.</translation>
    </message>
    <message>
        <source>The rules do not fit into the regular-expression memory budget. Remove or simplify custom rules, or raise the budget.</source>
        <translation>Reglerna ryms inte i minnesbudgeten för reguljära uttryck. Ta bort eller förenkla anpassade regler, eller höj budgeten.</translation>
    </message>
    <message>
        <source>The scan ran out of regular-expression memory, so this text was not checked. Raise the memory budget or simplify custom rules.</source>
        <translation>Genomsökningen fick slut på minne för reguljära uttryck, så den här texten kontrollerades inte. Höj minnesbudgeten eller förenkla anpassade regler.</translation>
    </message>
    <message>
        <source>The rule set could not be used (internal error); the text was not checked.</source>
        <translation>Regeluppsättningen kunde inte användas (internt fel); texten kontrollerades inte.</translation>
    </message>
    <message>
        <source>The scan already failed; start a new one.</source>
        <translation>Genomsökningen har redan misslyckats; starta en ny.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Phone number in international (E.164) form</source>
        <translation>Telefonnummer i internationellt format (E.164)</translation>
    </message>
    <message>
        <source>US Social Security number</source>
        <translation>Amerikanskt socialförsäkringsnummer</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-adress</translation>
    </message>
    <message>
        <source>Payment card number (known issuer, valid Luhn checksum)</source>
        <translation>Betalkortsnummer (känd utgivare, giltig Luhn-kontrollsumma)</translation>
    </message>
    <message>
        <source>IBAN with a valid mod-97 check</source>
        <translation>IBAN med giltig mod-97-kontroll</translation>
    </message>
    <message>
        <source>GitHub access token</source>
        <translation>GitHub-åtkomsttoken</translation>
    </message>
    <message>
        <source>Private key (PEM / OpenSSH / PGP block)</source>
        <translation>Privat nyckel (PEM-/OpenSSH-/PGP-block)</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Nine-digit number near words such as &apos;SSN&apos; or &apos;social security&apos;</source>
        <translation>Niosiffrigt nummer nära ord som &apos;SSN&apos; eller &apos;social security&apos;</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>ID för AWS-åtkomstnyckel</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>scrim-cli: cannot scan &apos;%1&apos;: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli: kan inte genomsöka &apos;%1&apos;: filen finns inte. Kontrollera sökvägen eller använd - för att läsa från standard in.</translation>
    </message>
    <message>
        <source>scrim-cli: &apos;%1&apos; is a folder. Give a file (for a folder: find DIR -type f -exec scrim-cli scan {} \;).</source>
        <translation>scrim-cli: &apos;%1&apos; är en mapp. Ange en fil (för en mapp: find MAPP -type f -exec scrim-cli scan {} \;).</translation>
    </message>
    <message>
        <source>scrim-cli: cannot open &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: kan inte öppna &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>scrim-cli: reading &apos;%1&apos; failed: %2. Nothing was reported for it.</source>
        <translation>scrim-cli: läsningen av &apos;%1&apos; misslyckades: %2. Inget rapporterades för den.</translation>
    </message>
    <message>
        <source>scrim-cli: &apos;%1&apos; looks binary (a NUL byte at offset %2), so it was not scanned. Scrim scans text; extract the text first.</source>
        <translation>scrim-cli: &apos;%1&apos; verkar vara binär (en NUL-byte vid position %2) och genomsöktes därför inte. Scrim genomsöker text; extrahera texten först.</translation>
    </message>
    <message>
        <source>scrim-cli: scanning &apos;%1&apos; failed: %2</source>
        <translation>scrim-cli: genomsökningen av &apos;%1&apos; misslyckades: %2</translation>
    </message>
    <message>
        <source>scrim-cli: cannot open records file &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: kan inte öppna postfilen &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot write &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: kan inte skriva till &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: %3</source>
        <translation>scrim-cli: %1:%2: %3</translation>
    </message>
    <message>
        <source>scrim-cli: writing predictions failed: %1.</source>
        <translation>scrim-cli: det gick inte att skriva förutsägelserna: %1.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot save &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: kan inte spara &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Find sensitive data in a file or standard input</source>
        <translation>Hitta känsliga uppgifter i en fil eller i standard in</translation>
    </message>
    <message>
        <source>Report format: text (default), json or sarif.</source>
        <translation>Rapportformat: text (standard), json eller sarif.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Benchmark mode: scan the &quot;text&quot; of each JSON line of IN and write one prediction line per record (offsets in code points).</source>
        <translation>Benchmarkläge: genomsök fältet &quot;text&quot; på varje JSON-rad i INDATA och skriv en förutsägelserad per post (positioner i kodpunkter).</translation>
    </message>
    <message>
        <source>IN.jsonl</source>
        <translation>INDATA.jsonl</translation>
    </message>
    <message>
        <source>With --records: write predictions to OUT instead of standard output.</source>
        <translation>Med --records: skriv förutsägelserna till UTDATA i stället för till standard ut.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>UTDATA</translation>
    </message>
    <message>
        <source>Print the full values found. Off by default: reports show masked values.</source>
        <translation>Skriv ut de hittade värdena i sin helhet. Av som standard: rapporterna visar maskerade värden.</translation>
    </message>
    <message>
        <source>Bytes scanned per step for long input (default 1048576).</source>
        <translation>Antal byte som genomsöks per steg vid lång indata (standard 1048576).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <source>The file to scan; - or nothing reads standard input.</source>
        <translation>Filen som ska genomsökas; - eller ingen fil läser från standard in.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 nothing found, 1 findings, 2 error (with --records: 0 done, 2 error).
</source>
        <translation>
Slutstatus: 0 inget hittades, 1 fynd, 2 fel (med --records: 0 klart, 2 fel).
</translation>
    </message>
    <message>
        <source>scrim-cli scan: unknown format &apos;%1&apos;; use text, json or sarif.</source>
        <translation>scrim-cli scan: okänt format &apos;%1&apos;; använd text, json eller sarif.</translation>
    </message>
    <message>
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 1 and 1073741824.</source>
        <translation>scrim-cli scan: --chunk-size måste vara ett antal byte mellan 1 och 1073741824.</translation>
    </message>
    <message>
        <source>scrim-cli scan: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli scan: ange en enda fil (eller - för standard in), inte %1.</translation>
    </message>
    <message>
        <source>scrim-cli scan: the rules could not be loaded: %1</source>
        <translation>scrim-cli scan: reglerna kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>scrim-cli scan: --records reads its own input file; drop &apos;%1&apos;.</source>
        <translation>scrim-cli scan: --records läser sin egen indatafil; ta bort &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli: warning: &apos;%1&apos; has %n byte(s) that are not valid UTF-8, the first at line %2, column %3 (byte offset %4). The valid parts were scanned.</source>
        <translation>
            <numerusform>scrim-cli: varning: &apos;%1&apos; innehåller %n byte som inte är giltig UTF-8, på rad %2, kolumn %3 (byteposition %4). De giltiga delarna genomsöktes.</numerusform>
            <numerusform>scrim-cli: varning: &apos;%1&apos; innehåller %n byte som inte är giltig UTF-8, den första på rad %2, kolumn %3 (byteposition %4). De giltiga delarna genomsöktes.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: invalid JSON (%3 at column %4); record skipped.</source>
        <translation>scrim-cli: %1:%2: ogiltig JSON (%3 i kolumn %4); posten hoppades över.</translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: a record must be a JSON object with a string &quot;id&quot; and a string &quot;text&quot;; record skipped.</source>
        <translation>scrim-cli: %1:%2: en post måste vara ett JSON-objekt med strängfälten &quot;id&quot; och &quot;text&quot;; posten hoppades över.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FIL|-]</translation>
    </message>
    <message>
        <source>scrim-cli scan: %1 See &apos;scrim-cli scan --help&apos;.</source>
        <translation>scrim-cli scan: %1 Se &apos;scrim-cli scan --help&apos;.</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message numerus="yes">
        <source>%1: %n finding(s) (%2).</source>
        <translation>
            <numerusform>%1: %n fynd (%2).</numerusform>
            <numerusform>%1: %n fynd (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no findings (%2 scanned).</source>
        <translation>%1: inga fynd (%2 genomsökt).</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s); the valid parts were scanned.</source>
        <translation>
            <numerusform>%n ogiltig UTF-8-byte; de giltiga delarna genomsöktes.</numerusform>
            <numerusform>%n ogiltiga UTF-8-byte; de giltiga delarna genomsöktes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Scan clipboard now</source>
        <translation>&amp;Genomsök urklippet nu</translation>
    </message>
    <message>
        <source>&amp;About Scrim</source>
        <translation>&amp;Om Scrim</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Protected: built-in default policy</source>
        <translation>Skyddad: inbyggd standardpolicy</translation>
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
        <translation>Det här skrivbordet saknar systemfält, så Scrim visar det här fönstret i stället. Om du stänger det fortsätter Scrim att köra; använd ”Avsluta” för att stoppa det.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Urklippet innehåller ingen text.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Urklipp</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive.</source>
        <translation>Urklippet kunde inte kontrolleras (%1). Behandla innehållet som känsligt.</translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard.</source>
        <translation>Inget känsligt hittades i urklippet.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n sensitive value(s): %1.</source>
        <translation>
            <numerusform>Urklippet innehåller %n känsligt värde: %1.</numerusform>
            <numerusform>Urklippet innehåller %n känsliga värden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 MiB were checked.</source>
        <translation>Endast de första %1 MiB kontrollerades.</translation>
    </message>
    <message>
        <source>About Scrim</source>
        <translation>Om Scrim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Flags personal, health and payment data, secrets and confidential text before it is pasted into an AI chatbot.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Flaggar personuppgifter, hälso- och betalningsuppgifter, hemligheter och konfidentiell text innan de klistras in i en AI-chattbot.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n hemlighet</numerusform>
            <numerusform>%n hemligheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment detail(s)</source>
        <translation>
            <numerusform>%n betalningsuppgift</numerusform>
            <numerusform>%n betalningsuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health detail(s)</source>
        <translation>
            <numerusform>%n hälsouppgift</numerusform>
            <numerusform>%n hälsouppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal detail(s)</source>
        <translation>
            <numerusform>%n personuppgift</numerusform>
            <numerusform>%n personuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential term(s)</source>
        <translation>
            <numerusform>%n konfidentiell term</numerusform>
            <numerusform>%n konfidentiella termer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt-injection text(s)</source>
        <translation>
            <numerusform>%n text med promptinjektion</numerusform>
            <numerusform>%n texter med promptinjektion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: scrim-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation>Användning: scrim-cli KOMMANDO [FLAGGOR] [ARGUMENT]</translation>
    </message>
    <message>
        <source>Scrim finds personal, health and payment data, secrets and confidential text before it reaches an AI chatbot.</source>
        <translation>Scrim hittar personuppgifter, hälso- och betalningsuppgifter, hemligheter och konfidentiell text innan de når en AI-chattbot.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run &apos;scrim-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Kör &apos;scrim-cli KOMMANDO --help&apos; för att se ett kommandos flaggor.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing found, 1 findings, 2 error.</source>
        <translation>Slutstatus: 0 inget hittades, 1 fynd, 2 fel.</translation>
    </message>
    <message>
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation>scrim-cli: slut på minne; ingenting skrevs. Genomsök mindre indata eller frigör minne.</translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation>scrim-cli: okänt kommando &apos;%1&apos;.</translation>
    </message>
</context>
</TS>
