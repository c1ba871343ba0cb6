<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Scrim activity</source>
        <translation>Scrim-aktivitet</translation>
    </message>
    <message>
        <source>Filter: any text, e.g. PCI, ChatGPT, anonymized_copy</source>
        <translation>Filter: valfri text, t.ex. PCI, ChatGPT, anonymized_copy</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>The audit log is not available (no encrypted store).</source>
        <translation>Granskningsloggen är inte tillgänglig (ingen krypterad databas).</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Granskningsloggen kan inte läsas: %1</translation>
    </message>
    <message>
        <source> (approved)</source>
        <translation> (godkänd)</translation>
    </message>
    <message>
        <source> (not approved)</source>
        <translation> (inte godkänd)</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>Kedjan kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2. Events may have been changed or removed; tell your administrator.</source>
        <translation>Kedjan är bruten vid händelse %1: %2. Händelser kan ha ändrats eller tagits bort; meddela din administratör.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Kedjan är intakt: %n händelse kontrollerad.</numerusform>
            <numerusform>Kedjan är intakt: %n händelser kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Granskningsloggen är inte tillgänglig.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterat till %1.</translation>
    </message>
</context>
<context>
    <name>AnonymizeCommand</name>
    <message>
        <source>Replace sensitive values with tokens that &apos;restore&apos; can undo</source>
        <translation>Ersätt känsliga värden med token som &apos;restore&apos; kan ångra</translation>
    </message>
    <message>
        <source>The vault session (one conversation with an AI tool; default: default).</source>
        <translation>Sessionen i valvet (en konversation med ett AI-verktyg; standard: default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>token (default; restorable), surrogate (realistic fakes; restorable), mask, redact or hash (one-way).</source>
        <translation>token (standard; går att återställa), surrogate (realistiska påhittade värden; går att återställa), mask, redact eller hash (går inte att återställa).</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <source>Print JSON: the text and the replacements by token and type.</source>
        <translation>Skriv ut JSON: texten och ersättningarna per token och typ.</translation>
    </message>
    <message>
        <source>With --json: include the original values (off by default).</source>
        <translation>Med --json: ta med originalvärdena (av som standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The text to anonymize; - or nothing reads standard input.</source>
        <translation>Texten som ska anonymiseras; - eller ingen fil läser från standard in.</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: unknown operator &apos;%1&apos;; use token, surrogate, mask, redact or hash.</source>
        <translation>scrim-cli anonymize: okänd operator &apos;%1&apos;; använd token, surrogate, mask, redact eller hash.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: --show-values goes with --json.</source>
        <translation>scrim-cli anonymize: --show-values hör ihop med --json.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli anonymize: ange en enda fil (eller - för standard in), inte %1.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the rules could not be loaded: %1</source>
        <translation>scrim-cli anonymize: reglerna kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the text could not be scanned, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: texten kunde inte genomsökas, så inget skrevs ut: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: %1</source>
        <translation>scrim-cli anonymize: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the vault could not keep the originals, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: valvet kunde inte spara originalvärdena, så inget skrevs ut: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the audit log could not record this, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: granskningsloggen kunde inte registrera detta, så inget skrevs ut: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced. Restore the AI&apos;s answer with: scrim-cli restore --session %1</source>
        <translation>
            <numerusform>%n värde ersattes. Återställ AI:ns svar med: scrim-cli restore --session %1</numerusform>
            <numerusform>%n värden ersattes. Återställ AI:ns svar med: scrim-cli restore --session %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced (%1: cannot be restored).</source>
        <translation>
            <numerusform>%n värde ersattes (%1: kan inte återställas).</numerusform>
            <numerusform>%n värden ersattes (%1: kan inte återställas).</numerusform>
        </translation>
    </message>
    <message>
        <source>A policy file: its custom rules, dictionaries and allowlist apply, and its operators for approved AI tools unless --operator is given.</source>
        <translation>En policyfil: dess egna regler, ordlistor och undantagslista gäller, och dess operatorer för godkända AI-verktyg om inte --operator anges.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the policy &apos;%1&apos; cannot be used; &apos;scrim-cli policy lint %1&apos; says why.</source>
        <translation>scrim-cli anonymize: policyn &apos;%1&apos; kan inte användas; &apos;scrim-cli policy lint %1&apos; säger varför.</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>Not protecting the clipboard: on Wayland Scrim cannot see what other applications copy. Use the paste-box to check text before you paste it.</source>
        <translation>Urklippet skyddas inte: under Wayland kan Scrim inte se vad andra program kopierar. Använd inklistringsrutan för att kontrollera text innan du klistrar in den.</translation>
    </message>
    <message>
        <source>Scrim cannot tell which window has the focus (%1), so it warns on copy but cannot swap the clipboard for AI tools.</source>
        <translation>Scrim kan inte avgöra vilket fönster som har fokus (%1), så det varnar vid kopiering men kan inte byta ut urklippet för AI-verktyg.</translation>
    </message>
    <message>
        <source>Clipboard not checked</source>
        <translation>Urklippet har inte kontrollerats</translation>
    </message>
    <message>
        <source>The clipboard&apos;s content is too big to read; treat it as sensitive.</source>
        <translation>Urklippets innehåll är för stort för att läsas; behandla det som känsligt.</translation>
    </message>
    <message>
        <source>Clipboard checked in part</source>
        <translation>Urklippet har kontrollerats delvis</translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard</source>
        <translation>Känslig text i urklippet</translation>
    </message>
    <message>
        <source>The clipboard holds %1. Paste it only where it belongs.</source>
        <translation>Urklippet innehåller %1. Klistra bara in det där det hör hemma.</translation>
    </message>
    <message>
        <source>The clipboard holds %1, and %2 has the focus. Anonymize it before you paste it there.</source>
        <translation>Urklippet innehåller %1, och %2 har fokus. Anonymisera det innan du klistrar in det där.</translation>
    </message>
    <message>
        <source>Only the first %1 KiB were checked.</source>
        <translation>Endast de första %1 KiB kontrollerades.</translation>
    </message>
    <message>
        <source>Clipboard blocked for %1</source>
        <translation>Urklippet blockerat för %1</translation>
    </message>
    <message>
        <source>The clipboard now holds an anonymized copy (%1 replaced). Your organisation asks for a reason before the original can go to %2.</source>
        <translation>Urklippet innehåller nu en anonymiserad kopia (%1 har ersatts). Din organisation kräver en motivering innan originalet kan gå till %2.</translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1</source>
        <translation>Urklippet anonymiserat för %1</translation>
    </message>
    <message>
        <source>While %1 has the focus, the clipboard holds an anonymized copy (%2 replaced). The original comes back when you switch to another window. To put the values back into the answer, copy it and choose Restore from clipboard.</source>
        <translation>Så länge %1 har fokus innehåller urklippet en anonymiserad kopia (%2 har ersatts). Originalet kommer tillbaka när du byter till ett annat fönster. För att sätta tillbaka värdena i svaret, kopiera svaret och välj ”Återställ från urklippet”.</translation>
    </message>
    <message>
        <source>The encrypted store is not available, so the values cannot be restored later.</source>
        <translation>Den krypterade databasen är inte tillgänglig, så värdena kan inte återställas senare.</translation>
    </message>
    <message>
        <source>Nothing sensitive is on the clipboard.</source>
        <translation>Det finns inget känsligt i urklippet.</translation>
    </message>
    <message>
        <source>An anonymized copy is on the clipboard.</source>
        <translation>Urklippet innehåller en anonymiserad kopia.</translation>
    </message>
    <message>
        <source>Scrim will not warn again about this text.</source>
        <translation>Scrim varnar inte igen för den här texten.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Det finns inget att ångra.</translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. This was recorded.</source>
        <translation>Originaltexten finns i urklippet igen. Detta har registrerats.</translation>
    </message>
    <message>
        <source>Original restored</source>
        <translation>Originalet återställt</translation>
    </message>
    <message>
        <source>There is nothing to release.</source>
        <translation>Det finns inget att frige.</translation>
    </message>
    <message numerus="yes">
        <source>Please write at least %n character(s) on why the original is needed.</source>
        <translation>
            <numerusform>Skriv minst %n tecken om varför originalet behövs.</numerusform>
            <numerusform>Skriv minst %n tecken om varför originalet behövs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. Your reason was recorded.</source>
        <translation>Originaltexten finns i urklippet igen. Din motivering har registrerats.</translation>
    </message>
    <message>
        <source>Original released</source>
        <translation>Originalet har frigetts</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive; Scrim keeps it from AI tools.</source>
        <translation>Urklippet kunde inte kontrolleras (%1). Behandla innehållet som känsligt; Scrim håller det borta från AI-verktyg.</translation>
    </message>
    <message>
        <source>Only the first %1 KiB of the clipboard were checked; nothing sensitive was found there. The rest is left out when it goes to an AI tool. Check it with the paste-box or scrim-cli scan.</source>
        <translation>Endast de första %1 KiB av urklippet kontrollerades; inget känsligt hittades där. Resten utelämnas när innehållet går till ett AI-verktyg. Kontrollera texten med inklistringsrutan eller scrim-cli scan.</translation>
    </message>
    <message>
        <source>[Scrim held this text back: it could not be checked or anonymized. Use the paste-box.]</source>
        <translation>[Scrim höll tillbaka den här texten: den kunde inte kontrolleras eller anonymiseras. Använd inklistringsrutan.]</translation>
    </message>
    <message>
        <source>[Scrim left out the rest of this text (%1 KiB): it was not checked.]</source>
        <translation>[Scrim utelämnade resten av den här texten (%1 KiB): den kontrollerades inte.]</translation>
    </message>
    <message>
        <source>Anonymized copy on the clipboard</source>
        <translation>Anonymiserad kopia i urklippet</translation>
    </message>
    <message>
        <source>%1 replaced. It stays on the clipboard until you copy something else. To put the values back into an answer, copy it and choose Restore from clipboard.</source>
        <translation>%1 har ersatts. Kopian ligger kvar i urklippet tills du kopierar något annat. För att sätta tillbaka värdena i ett svar, kopiera svaret och välj ”Återställ från urklippet”.</translation>
    </message>
    <message>
        <source>Clipboard held back from %1</source>
        <translation>Urklippet undanhållet från %1</translation>
    </message>
    <message>
        <source>Scrim could not check all of the copied text, so %1 gets a placeholder instead. The text comes back when you switch to another window.</source>
        <translation>Scrim kunde inte kontrollera hela den kopierade texten, så %1 får en platshållare i stället. Texten kommer tillbaka när du byter till ett annat fönster.</translation>
    </message>
    <message>
        <source>The clipboard already holds an anonymized copy.</source>
        <translation>Urklippet innehåller redan en anonymiserad kopia.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
    <message>
        <source>That notice was about an earlier copy; nothing was changed.</source>
        <translation>Det meddelandet gällde en tidigare kopia; inget ändrades.</translation>
    </message>
    <message>
        <source>Notice out of date</source>
        <translation>Inaktuellt meddelande</translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be checked.]</source>
        <translation>[Scrim höll tillbaka den här markeringen: den kunde inte kontrolleras.]</translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be anonymized.]</source>
        <translation>[Scrim höll tillbaka den här markeringen: den kunde inte anonymiseras.]</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>scrim-cli %1: %2 See &apos;scrim-cli %1 --help&apos;.</source>
        <translation>scrim-cli %1: %2 Se &apos;scrim-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is not a session name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>scrim-cli %1: &apos;%2&apos; är inte ett sessionsnamn: använd 1 till 64 bokstäver, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is a folder; give a file.</source>
        <translation>scrim-cli %1: &apos;%2&apos; är en mapp; ange en fil.</translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot open &apos;%2&apos;: %3.</source>
        <translation>scrim-cli %1: kan inte öppna &apos;%2&apos;: %3.</translation>
    </message>
    <message>
        <source>scrim-cli %1: there is no standard input to read.</source>
        <translation>scrim-cli %1: det finns ingen standard in att läsa från.</translation>
    </message>
    <message>
        <source>scrim-cli %1: reading &apos;%2&apos; failed: %3.</source>
        <translation>scrim-cli %1: läsningen av &apos;%2&apos; misslyckades: %3.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; looks binary (a NUL byte at offset %3). Scrim works on text; extract the text first.</source>
        <translation>scrim-cli %1: &apos;%2&apos; verkar vara binär (en NUL-byte vid position %3). Scrim arbetar med text; extrahera texten först.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli %1: warning: &apos;%2&apos; has %n byte(s) that are not valid UTF-8; they are kept as they are and never match a rule.</source>
        <translation>
            <numerusform>scrim-cli %1: varning: &apos;%2&apos; innehåller %n byte som inte är giltig UTF-8; den behålls som den är och matchar aldrig någon regel.</numerusform>
            <numerusform>scrim-cli %1: varning: &apos;%2&apos; innehåller %n byte som inte är giltig UTF-8; de behålls som de är och matchar aldrig någon regel.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli %1: the encrypted store cannot be opened: %2</source>
        <translation>scrim-cli %1: den krypterade databasen kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: warning: %2</source>
        <translation>scrim-cli %1: varning: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: %2</source>
        <translation>scrim-cli %1: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: the token vault cannot be used: %2</source>
        <translation>scrim-cli %1: tokenvalvet kan inte användas: %2</translation>
    </message>
    <message>
        <source>the file named in the command (its name is not repeated: it holds what looks like sensitive data; to work on text, pipe it through standard input)</source>
        <translation>filen som anges i kommandot (dess namn upprepas inte: det innehåller något som ser ut som känsliga uppgifter; för att arbeta med text, skicka den till standard in genom ett rör)</translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot read %2: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli %1: kan inte läsa %2: filen finns inte. Kontrollera sökvägen eller använd - för att läsa från standard in.</translation>
    </message>
</context>
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
    <message>
        <source>The encryption self-test failed: this build is not using SQLCipher or the store file is not encrypted. Scrim will not write the store unencrypted; reinstall Scrim.</source>
        <translation>Krypteringens självtest misslyckades: den här versionen använder inte SQLCipher, eller så är databasfilen inte krypterad. Scrim skriver inte databasen okrypterad; installera om Scrim.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s cipher settings could not be applied; this SQLCipher version is not supported.</source>
        <translation>Den krypterade databasens chifferinställningar kunde inte tillämpas; den här SQLCipher-versionen stöds inte.</translation>
    </message>
    <message>
        <source>No key is available for the encrypted store.</source>
        <translation>Ingen nyckel finns tillgänglig för den krypterade databasen.</translation>
    </message>
    <message>
        <source>The encrypted store does not exist yet.</source>
        <translation>Den krypterade databasen finns inte ännu.</translation>
    </message>
    <message>
        <source>The encrypted store could not switch to write-ahead logging. Check that its folder is writable.</source>
        <translation>Den krypterade databasen kunde inte växla till write-ahead-loggning. Kontrollera att dess mapp är skrivbar.</translation>
    </message>
    <message>
        <source>Not a PRAGMA name.</source>
        <translation>Inte ett PRAGMA-namn.</translation>
    </message>
    <message>
        <source>The encrypted store was written by a newer Scrim. Update Scrim to open it.</source>
        <translation>Den krypterade databasen skrevs av en nyare version av Scrim. Uppdatera Scrim för att öppna den.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Transaktionen har redan avslutats.</translation>
    </message>
    <message>
        <source>No OS keychain answered, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation>Ingen nyckelring i operativsystemet svarade, så den krypterade databasens nyckel sparas i en fil i Scrims datamapp som bara din användare kan läsa. Den som kan läsa dina filer kan läsa databasen.</translation>
    </message>
    <message>
        <source>The key of the encrypted store could not be saved or read in Scrim&apos;s data folder. Check that the folder exists and is writable.</source>
        <translation>Den krypterade databasens nyckel kunde inte sparas eller läsas i Scrims datamapp. Kontrollera att mappen finns och är skrivbar.</translation>
    </message>
    <message>
        <source>The key file of the encrypted store is damaged. The store cannot be opened without its key.</source>
        <translation>Den krypterade databasens nyckelfil är skadad. Databasen kan inte öppnas utan sin nyckel.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>Systemets slumptalsgenerator misslyckades; ingen nyckel skapades.</translation>
    </message>
    <message>
        <source>The key of the encrypted store was not found in the keychain or in Scrim&apos;s data folder.</source>
        <translation>Den krypterade databasens nyckel hittades varken i nyckelringen eller i Scrims datamapp.</translation>
    </message>
    <message>
        <source>The key of the encrypted store in the OS keychain is damaged. The store cannot be opened without its key.</source>
        <translation>Den krypterade databasens nyckel i operativsystemets nyckelring är skadad. Databasen kan inte öppnas utan sin nyckel.</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain.</source>
        <translation>Nyckeln kunde inte tas bort från operativsystemets nyckelring.</translation>
    </message>
    <message>
        <source>The disk is full, so the encrypted store could not be written. Free some space and try again.</source>
        <translation>Disken är full, så den krypterade databasen kunde inte skrivas. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The encrypted store could not be opened or written. Check that its folder exists and is writable and that the disk is not full.</source>
        <translation>Den krypterade databasen kunde inte öppnas eller skrivas. Kontrollera att dess mapp finns och är skrivbar och att disken inte är full.</translation>
    </message>
    <message>
        <source>The encrypted store is busy in another Scrim process. Try again in a moment.</source>
        <translation>Den krypterade databasen används av en annan Scrim-process. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The encrypted store cannot be read: wrong key or damaged file. The file was left unchanged.</source>
        <translation>Den krypterade databasen kan inte läsas: fel nyckel eller skadad fil. Filen lämnades oförändrad.</translation>
    </message>
    <message>
        <source>The encrypted store is damaged. Restart Scrim to move it aside and start a fresh one.</source>
        <translation>Den krypterade databasen är skadad. Starta om Scrim för att flytta undan den och skapa en ny.</translation>
    </message>
    <message>
        <source>The encrypted store ran out of memory.</source>
        <translation>Den krypterade databasen fick slut på minne.</translation>
    </message>
    <message>
        <source>The encrypted store reported an internal error; see the diagnostics log.</source>
        <translation>Den krypterade databasen rapporterade ett internt fel; se diagnostikloggen.</translation>
    </message>
    <message>
        <source>A value could not be passed to the encrypted store (internal error).</source>
        <translation>Ett värde kunde inte skickas till den krypterade databasen (internt fel).</translation>
    </message>
    <message>
        <source>Scrim&apos;s data folder could not be created, so the encrypted store cannot be opened. Set SCRIM_DATA_DIR to a writable folder.</source>
        <translation>Scrims datamapp kunde inte skapas, så den krypterade databasen kan inte öppnas. Sätt SCRIM_DATA_DIR till en skrivbar mapp.</translation>
    </message>
    <message>
        <source>The damaged encrypted store could not be moved aside. Check that its folder is writable.</source>
        <translation>Den skadade krypterade databasen kunde inte flyttas undan. Kontrollera att dess mapp är skrivbar.</translation>
    </message>
    <message>
        <source>The audit log&apos;s content key is damaged; the log cannot be used.</source>
        <translation>Granskningsloggens innehållsnyckel är skadad; loggen kan inte användas.</translation>
    </message>
    <message>
        <source>No random numbers were available to create the audit log&apos;s key.</source>
        <translation>Inga slumptal fanns tillgängliga för att skapa granskningsloggens nyckel.</translation>
    </message>
    <message>
        <source>its sequence number does not follow the one before it</source>
        <translation>dess löpnummer följer inte på det föregående</translation>
    </message>
    <message>
        <source>it does not continue the chain (an event before it was removed, reordered or forged)</source>
        <translation>den fortsätter inte kedjan (en händelse före den har tagits bort, flyttats eller förfalskats)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the event was changed)</source>
        <translation>dess innehåll stämmer inte med dess hash (händelsen har ändrats)</translation>
    </message>
    <message>
        <source>The audit log&apos;s anchor file cannot be written; check the data folder&apos;s space and permissions.</source>
        <translation>Granskningsloggens ankarfil kan inte skrivas; kontrollera utrymme och behörigheter för datamappen.</translation>
    </message>
    <message>
        <source>it differs from the anchored head of the log (the log was rewritten or replaced)</source>
        <translation>den skiljer sig från loggens förankrade slut (loggen har skrivits om eller ersatts)</translation>
    </message>
    <message>
        <source>events the anchor vouches for are missing (the end of the log was cut off or an older copy was put back)</source>
        <translation>händelser som ankaret går i god för saknas (loggens slut har klippts bort eller en äldre kopia har lagts tillbaka)</translation>
    </message>
    <message>
        <source>the log&apos;s start was moved without a matching purge record (events were removed)</source>
        <translation>loggens början har flyttats utan en matchande rensningspost (händelser har tagits bort)</translation>
    </message>
    <message>
        <source>A finding lies outside the text it was found in; nothing was anonymized.</source>
        <translation>Ett fynd ligger utanför texten där det hittades; inget anonymiserades.</translation>
    </message>
    <message>
        <source>The text could not be anonymized so that it can be restored exactly; nothing was replaced. Please report this.</source>
        <translation>Texten kunde inte anonymiseras så att den kan återställas exakt; inget ersattes. Rapportera gärna detta.</translation>
    </message>
    <message>
        <source>A session name has 1 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ett sessionsnamn har 1 till 64 tecken: bokstäver, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The token vault&apos;s key is damaged; the vault cannot be used.</source>
        <translation>Tokenvalvets nyckel är skadad; valvet kan inte användas.</translation>
    </message>
    <message>
        <source>No random numbers were available to create the vault&apos;s key.</source>
        <translation>Inga slumptal fanns tillgängliga för att skapa valvets nyckel.</translation>
    </message>
    <message>
        <source>The policy is not valid JSON.</source>
        <translation>Policyn är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The policy has errors; see its lint report.</source>
        <translation>Policyn innehåller fel; se dess lint-rapport.</translation>
    </message>
    <message>
        <source>The key is not an Ed25519 key in PEM form (as policy keygen writes it).</source>
        <translation>Nyckeln är inte en Ed25519-nyckel i PEM-format (som policy keygen skriver den).</translation>
    </message>
    <message>
        <source>OpenSSL could not create an Ed25519 key.</source>
        <translation>OpenSSL kunde inte skapa en Ed25519-nyckel.</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key in PEM form.</source>
        <translation>OpenSSL kunde inte skriva nyckeln i PEM-format.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the policy.</source>
        <translation>OpenSSL kunde inte signera policyn.</translation>
    </message>
    <message>
        <source>The signature file does not hold the base64 of a 64-byte Ed25519 signature.</source>
        <translation>Signaturfilen innehåller inte base64 för en Ed25519-signatur på 64 byte.</translation>
    </message>
    <message>
        <source>OpenSSL could not check the signature.</source>
        <translation>OpenSSL kunde inte kontrollera signaturen.</translation>
    </message>
    <message>
        <source>The policy address must start with https://.</source>
        <translation>Policyns adress måste börja med https://.</translation>
    </message>
    <message>
        <source>The download could not be started.</source>
        <translation>Hämtningen kunde inte startas.</translation>
    </message>
    <message>
        <source>The server sent more than a policy can be; it was refused.</source>
        <translation>Servern skickade mer än en policy kan vara; svaret avvisades.</translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate was not trusted (unknown issuer, expired, or issued for another host).</source>
        <translation>Policyserverns certifikat betroddes inte (okänd utfärdare, har gått ut eller är utfärdat för en annan värd).</translation>
    </message>
    <message>
        <source>The policy server did not answer in time.</source>
        <translation>Policyservern svarade inte i tid.</translation>
    </message>
    <message>
        <source>The policy server redirected too often or to an address that is not https.</source>
        <translation>Policyservern omdirigerade för många gånger eller till en adress som inte är https.</translation>
    </message>
    <message>
        <source>The policy server could not be reached.</source>
        <translation>Policyservern kunde inte nås.</translation>
    </message>
    <message>
        <source>The policy server answered with an error status.</source>
        <translation>Policyservern svarade med en felstatus.</translation>
    </message>
    <message>
        <source>The managed configuration is damaged (it needs policy_url, org and one or two admin_keys); ask your administrator.</source>
        <translation>Den hanterade konfigurationen är skadad (den behöver policy_url, org och en eller två admin_keys); fråga din administratör.</translation>
    </message>
    <message>
        <source>The policy&apos;s signature is not valid for the pinned admin keys.</source>
        <translation>Policyns signatur är inte giltig för de fastlåsta administratörsnycklarna.</translation>
    </message>
    <message>
        <source>The policy is signed but not valid; run scrim-cli policy lint on it.</source>
        <translation>Policyn är signerad men inte giltig; kör scrim-cli policy lint på den.</translation>
    </message>
    <message>
        <source>The policy was signed for another organisation.</source>
        <translation>Policyn signerades för en annan organisation.</translation>
    </message>
    <message>
        <source>The policy&apos;s issue time lies in the future; check this computer&apos;s clock.</source>
        <translation>Policyns utfärdandetid ligger i framtiden; kontrollera den här datorns klocka.</translation>
    </message>
    <message>
        <source>The policy has expired.</source>
        <translation>Policyn har gått ut.</translation>
    </message>
    <message>
        <source>The policy is older than the one in force (a lower serial).</source>
        <translation>Policyn är äldre än den som gäller (lägre serial).</translation>
    </message>
    <message>
        <source>The policy has the serial of the one in force but different content.</source>
        <translation>Policyn har samma serial som den som gäller men ett annat innehåll.</translation>
    </message>
    <message>
        <source>The OS keychain is switched off for Scrim, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation>OS-nyckelringen är avstängd för Scrim, så nyckeln till den krypterade databasen ligger i en fil i Scrims datamapp som bara din användare kan läsa. Den som kan läsa dina filer kan läsa databasen.</translation>
    </message>
    <message>
        <source>The rules hold too many words and literals to search at once; split the policy&apos;s keyword lists or use a hashed dictionary for long lists.</source>
        <translation>Reglerna innehåller för många ord och literaler för att sökas på en gång. Dela upp policyns nyckelordslistor eller använd en hashad ordlista för långa listor.</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>With list: how many of the newest events (default 50).</source>
        <translation>Med list: hur många av de senaste händelserna (standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>scrim-cli log: %1 See &apos;scrim-cli log --help&apos;.</source>
        <translation>scrim-cli log: %1 Se &apos;scrim-cli log --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli log: the encrypted store cannot be opened: %1</source>
        <translation>scrim-cli log: den krypterade databasen kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>scrim-cli log: warning: %1</source>
        <translation>scrim-cli log: varning: %1</translation>
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
            <numerusform>Granskningsloggens kedja är intakt: %n händelse kontrollerad.</numerusform>
            <numerusform>Granskningsloggens kedja är intakt: %n händelser kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at event %1: %2. Events before it are intact.</source>
        <translation>Granskningsloggens kedja är bruten vid händelse %1: %2. Händelserna före den är intakta.</translation>
    </message>
    <message>
        <source>scrim-cli log: --limit must be a positive number.</source>
        <translation>scrim-cli log: --limit måste vara ett positivt tal.</translation>
    </message>
    <message>
        <source>scrim-cli log list: %1</source>
        <translation>scrim-cli log list: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n händelse.</numerusform>
            <numerusform>%n händelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n event(s) come after the last anchor: had they been cut off, this check could not tell.</source>
        <translation>
            <numerusform>Den sista händelsen kommer efter det sista ankaret: om den hade klippts bort skulle den här kontrollen inte märka det.</numerusform>
            <numerusform>De sista %n händelserna kommer efter det sista ankaret: om de hade klippts bort skulle den här kontrollen inte märka det.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no audit log yet (nothing has been recorded in %1).</source>
        <translation>Det finns ingen granskningslogg ännu (inget har registrerats i %1).</translation>
    </message>
    <message>
        <source>With purge: delete events older than this many days.</source>
        <translation>Med purge: ta bort händelser som är äldre än så många dagar.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAGAR</translation>
    </message>
    <message>
        <source>With export: jsonl (default) or csv.</source>
        <translation>Med export: jsonl (standard) eller csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list, verify, export or purge</source>
        <translation>list, verify, export eller purge</translation>
    </message>
    <message>
        <source>scrim-cli log: say what to do: list, verify, export or purge (see &apos;scrim-cli log --help&apos;).</source>
        <translation>scrim-cli log: ange vad som ska göras: list, verify, export eller purge (se &apos;scrim-cli log --help&apos;).</translation>
    </message>
    <message>
        <source>scrim-cli log export: unknown format &apos;%1&apos;; use jsonl or csv.</source>
        <translation>scrim-cli log export: okänt format &apos;%1&apos;; använd jsonl eller csv.</translation>
    </message>
    <message>
        <source>scrim-cli log purge: give --older-than-days with a number of days (1 or more).</source>
        <translation>scrim-cli log purge: ange --older-than-days med ett antal dagar (1 eller fler).</translation>
    </message>
    <message>
        <source>scrim-cli log purge: %1</source>
        <translation>scrim-cli log purge: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) older than %1 day(s) deleted; the chain records where it now starts.</source>
        <translation>
            <numerusform>%n händelse äldre än %1 dag(ar) borttagen; kedjan noterar var den nu börjar.</numerusform>
            <numerusform>%n händelser äldre än %1 dag(ar) borttagna; kedjan noterar var den nu börjar.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli log export: %1</source>
        <translation>scrim-cli log export: %1</translation>
    </message>
    <message>
        <source>Show, verify, export or purge the encrypted audit log (list, verify, export, purge)</source>
        <translation>Visa, verifiera, exportera eller rensa den krypterade granskningsloggen (list, verify, export, purge)</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>Scrim notice</source>
        <translation>Scrim-meddelande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Anonymize copy</source>
        <translation>Anonymisera kopian</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Give a reason…</source>
        <translation>Ange motivering…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>Scrim paste-box</source>
        <translation>Scrim-inklistringsruta</translation>
    </message>
    <message>
        <source>Paste or type the text you want to give an AI tool. Sensitive values are highlighted as you type.</source>
        <translation>Klistra in eller skriv texten du vill ge ett AI-verktyg. Känsliga värden markeras medan du skriver.</translation>
    </message>
    <message>
        <source>Nothing sensitive found.</source>
        <translation>Inget känsligt hittades.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ser ut som</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Untick a finding to keep that value as it is.</source>
        <translation>Avmarkera ett fynd för att behålla värdet som det är.</translation>
    </message>
    <message>
        <source>Copy &amp;anonymized</source>
        <translation>Kopiera &amp;anonymiserat</translation>
    </message>
    <message>
        <source>Copy &amp;original</source>
        <translation>Kopiera &amp;original</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>The AI tool&apos;s answer:</source>
        <translation>AI-verktygets svar:</translation>
    </message>
    <message>
        <source>Paste the answer that holds tokens such as [PERSON_1].</source>
        <translation>Klistra in svaret som innehåller token som [PERSON_1].</translation>
    </message>
    <message>
        <source>With your values back:</source>
        <translation>Med dina värden återställda:</translation>
    </message>
    <message>
        <source>Copy &amp;restored text</source>
        <translation>Kopiera åter&amp;ställd text</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared after %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>Kopierat. Urklippet töms efter %n sekund om det fortfarande innehåller texten.</numerusform>
            <numerusform>Kopierat. Urklippet töms efter %n sekunder om det fortfarande innehåller texten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the encrypted store the tokens cannot be restored later.</source>
        <translation>Utan den krypterade databasen kan dessa token inte återställas senare.</translation>
    </message>
    <message>
        <source>The text could not be checked (%1). Treat it as sensitive.</source>
        <translation>Texten kunde inte kontrolleras (%1). Behandla den som känslig.</translation>
    </message>
    <message>
        <source>Nothing sensitive found in this text.</source>
        <translation>Inget känsligt hittades i den här texten.</translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive value(s): %1.</source>
        <translation>
            <numerusform>%n känsligt värde: %1.</numerusform>
            <numerusform>%n känsliga värden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text could not be checked (%1); nothing was copied.</source>
        <translation>Texten kunde inte kontrolleras (%1); inget kopierades.</translation>
    </message>
    <message>
        <source>The text could not be anonymized (%1); nothing was copied.</source>
        <translation>Texten kunde inte anonymiseras (%1); inget kopierades.</translation>
    </message>
    <message>
        <source>Copied; nothing needed replacing.</source>
        <translation>Kopierat; inget behövde ersättas.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymized text copied (%n value(s) replaced). To put the values back into the answer, use the Restore tab.</source>
        <translation>
            <numerusform>Anonymiserad text kopierad (%n värde ersatt). För att sätta tillbaka värdet i svaret, använd fliken ”Återställ”.</numerusform>
            <numerusform>Anonymiserad text kopierad (%n värden ersatta). För att sätta tillbaka värdena i svaret, använd fliken ”Återställ”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies the text as it is; the clipboard guard still watches it.</source>
        <translation>Kopierar texten som den är; urklippsskyddet bevakar den fortfarande.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow copying this text with its original values for AI tools.</source>
        <translation>Din organisations policy tillåter inte att den här texten kopieras med sina originalvärden för AI-verktyg.</translation>
    </message>
    <message>
        <source>Original text copied. The clipboard guard still watches where it is pasted.</source>
        <translation>Originaltexten har kopierats. Urklippsskyddet bevakar fortfarande var den klistras in.</translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation>Återställning kräver den krypterade databasen, som inte är tillgänglig.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>Valvet kunde inte läsas (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s).</source>
        <translation>
            <numerusform>Återställde %n värde.</numerusform>
            <numerusform>Återställde %n värden.</numerusform>
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
        <translation>Kopierat.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires replacing this value for AI tools.</source>
        <translation>Din organisations policy kräver att det här värdet ersätts för AI-verktyg.</translation>
    </message>
    <message>
        <source>The text could not be checked; nothing was copied.</source>
        <translation>Texten kunde inte kontrolleras; inget kopierades.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>scrim-cli policy: cannot read &apos;%1&apos;: %2.</source>
        <translation>scrim-cli policy: kan inte läsa &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>scrim-cli policy: cannot write &apos;%1&apos;: %2.</source>
        <translation>scrim-cli policy: kan inte skriva &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4
    fix: %5</source>
        <translation>%1:%2:%3: fel: %4
    åtgärd: %5</translation>
    </message>
    <message>
        <source>With sign: the private key (PEM) from policy keygen.</source>
        <translation>Med sign: den privata nyckeln (PEM) från policy keygen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With verify: the admin&apos;s public key (PEM).</source>
        <translation>Med verify: administratörens publika nyckel (PEM).</translation>
    </message>
    <message>
        <source>With verify: the signature file (default: FILE.sig).</source>
        <translation>Med verify: signaturfilen (standard: FILE.sig).</translation>
    </message>
    <message>
        <source>With keygen: where to write PREFIX.key.pem and PREFIX.pub.pem.</source>
        <translation>Med keygen: var PREFIX.key.pem och PREFIX.pub.pem ska skrivas.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>With hash-terms: the dictionary&apos;s salt (hex); a new one when not given.</source>
        <translation>Med hash-terms: ordlistans salt (hex); ett nytt skapas om inget anges.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The policy file (hash-terms: a list of terms, one per line).</source>
        <translation>Policyfilen (för hash-terms: en lista med termer, en per rad).</translation>
    </message>
    <message>
        <source>scrim-cli policy: %1 See &apos;scrim-cli policy --help&apos;.</source>
        <translation>scrim-cli policy: %1 Se &apos;scrim-cli policy --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli policy %1: give the policy file.</source>
        <translation>scrim-cli policy %1: ange policyfilen.</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: give --out PREFIX (writes PREFIX.key.pem and PREFIX.pub.pem).</source>
        <translation>scrim-cli policy keygen: ange --out PREFIX (skriver PREFIX.key.pem och PREFIX.pub.pem).</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: &apos;%1&apos; or &apos;%2&apos; exists already; a key is never overwritten. Choose another prefix.</source>
        <translation>scrim-cli policy keygen: &apos;%1&apos; eller &apos;%2&apos; finns redan; en nyckel skrivs aldrig över. Välj ett annat prefix.</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: %1</source>
        <translation>scrim-cli policy keygen: %1</translation>
    </message>
    <message>
        <source>Wrote the private key to %1 (readable by you only: keep it off endpoints) and the public key to %2 (fingerprint %3; pin it in the managed configuration).</source>
        <translation>Skrev den privata nyckeln till %1 (bara läsbar för dig: håll den borta från slutpunkter) och den publika nyckeln till %2 (fingeravtryck %3; lås fast det i den hanterade konfigurationen).</translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms: --salt must be at least 32 lower-case hex characters.</source>
        <translation>scrim-cli policy hash-terms: --salt måste vara minst 32 hexadecimala tecken med gemener.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) hashed. Paste the salt and terms into a dictionary of the policy.</source>
        <translation>
            <numerusform>%n term hashades. Klistra in saltet och termerna i en ordlista i policyn.</numerusform>
            <numerusform>%n termer hashades. Klistra in saltet och termerna i en ordlista i policyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (serial %2, org &apos;%3&apos;).</source>
        <translation>%1: inga problem hittades (serial %2, org &apos;%3&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem hittades.</numerusform>
            <numerusform>%n problem hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli policy sign: the policy has problems (above); fix them first: endpoints would reject it.</source>
        <translation>scrim-cli policy sign: policyn har problem (se ovan); åtgärda dem först: slutpunkterna skulle avvisa den.</translation>
    </message>
    <message>
        <source>scrim-cli policy sign: give --key with the private key from policy keygen.</source>
        <translation>scrim-cli policy sign: ange --key med den privata nyckeln från policy keygen.</translation>
    </message>
    <message>
        <source>scrim-cli policy sign: %1</source>
        <translation>scrim-cli policy sign: %1</translation>
    </message>
    <message>
        <source>Signed: %1 (publish it next to %2).</source>
        <translation>Signerad: %1 (publicera den bredvid %2).</translation>
    </message>
    <message>
        <source>scrim-cli policy verify: give --pubkey with the admin&apos;s public key.</source>
        <translation>scrim-cli policy verify: ange --pubkey med administratörens publika nyckel.</translation>
    </message>
    <message>
        <source>scrim-cli policy verify: %1</source>
        <translation>scrim-cli policy verify: %1</translation>
    </message>
    <message>
        <source>BAD signature: %1 was not signed by this key, or it changed after signing.</source>
        <translation>OGILTIG signatur: %1 har inte signerats med den här nyckeln, eller så har den ändrats efter signeringen.</translation>
    </message>
    <message>
        <source>Good signature: %1 was signed by the key %2.</source>
        <translation>Giltig signatur: %1 har signerats med nyckeln %2.</translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: %1</source>
        <translation>scrim-cli policy fetch: %1</translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: give --url, --org and --pubkey (or install a managed configuration at %1).</source>
        <translation>scrim-cli policy fetch: ange --url, --org och --pubkey (eller installera en hanterad konfiguration i %1).</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Avvisad (%1): %2</translation>
    </message>
    <message>
        <source>Accepted: serial %1 for &apos;%2&apos;, issued %3, signed by a pinned key.</source>
        <translation>Godkänd: serial %1 för &apos;%2&apos;, utfärdad %3, signerad med en fastlåst nyckel.</translation>
    </message>
    <message>
        <source>Write, check, sign and fetch organisation policies (lint, keygen, sign, verify, hash-terms, show, fetch)</source>
        <translation>Skriv, kontrollera, signera och hämta organisationens policyer (lint, keygen, sign, verify, hash-terms, show, fetch)</translation>
    </message>
    <message>
        <source>With fetch: the policy&apos;s https address (default: from the managed configuration).</source>
        <translation>Med fetch: policyns https-adress (standard: från den hanterade konfigurationen).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With fetch: the organisation the policy must be signed for.</source>
        <translation>Med fetch: organisationen som policyn måste vara signerad för.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>With fetch: an extra CA bundle for the server&apos;s certificate.</source>
        <translation>Med fetch: ett extra CA-paket för serverns certifikat.</translation>
    </message>
    <message>
        <source>With fetch: allow plain http (tests only).</source>
        <translation>Med fetch: tillåt okrypterad http (endast för tester).</translation>
    </message>
    <message>
        <source>lint, keygen, sign, verify, hash-terms, show or fetch</source>
        <translation>lint, keygen, sign, verify, hash-terms, show eller fetch</translation>
    </message>
    <message>
        <source>scrim-cli policy: say what to do: lint, keygen, sign, verify, hash-terms, show or fetch (see &apos;scrim-cli policy --help&apos;).</source>
        <translation>scrim-cli policy: ange vad som ska göras: lint, keygen, sign, verify, hash-terms, show eller fetch (se &apos;scrim-cli policy --help&apos;).</translation>
    </message>
</context>
<context>
    <name>PolicyLint</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>okänt fält &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove it or correct its spelling (see resources/policy.schema.json).</source>
        <translation>Ta bort det eller rätta stavningen (se resources/policy.schema.json).</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 måste vara %2, inte %3</translation>
    </message>
    <message>
        <source>Write the value in the form the schema gives.</source>
        <translation>Skriv värdet i den form som schemat anger.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 måste vara ett heltal från %2 till %3</translation>
    </message>
    <message>
        <source>Use a whole number in that range.</source>
        <translation>Använd ett heltal i det intervallet.</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 får inte vara tomt</translation>
    </message>
    <message>
        <source>Give it a value.</source>
        <translation>Ge det ett värde.</translation>
    </message>
    <message>
        <source>%1 must be a UTC time such as 2026-11-27T09:00:00Z</source>
        <translation>%1 måste vara en UTC-tid, till exempel 2026-11-27T09:00:00Z</translation>
    </message>
    <message>
        <source>Write the time in ISO 8601 with a Z at the end.</source>
        <translation>Skriv tiden i ISO 8601 med ett Z i slutet.</translation>
    </message>
    <message>
        <source>the pattern of %1 does not compile: %2</source>
        <translation>mönstret för %1 går inte att kompilera: %2</translation>
    </message>
    <message>
        <source>Use RE2 syntax: no look-around, no back-references (https://github.com/google/re2/wiki/Syntax).</source>
        <translation>Använd RE2-syntax: inga lookarounds, inga bakåtreferenser (https://github.com/google/re2/wiki/Syntax).</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>okänd kategori &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</source>
        <translation>Använd något av SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>okänd åtgärd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of allow, warn, anonymize, block, justify.</source>
        <translation>Använd något av allow, warn, anonymize, block, justify.</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>okänd operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of token, surrogate, mask, redact, hash.</source>
        <translation>Använd något av token, surrogate, mask, redact, hash.</translation>
    </message>
    <message>
        <source>a custom rule has no &quot;id&quot;</source>
        <translation>en anpassad regel saknar &quot;id&quot;</translation>
    </message>
    <message>
        <source>Give every custom rule a unique id, such as &quot;project-codes&quot;.</source>
        <translation>Ge varje anpassad regel ett unikt ID, till exempel &quot;project-codes&quot;.</translation>
    </message>
    <message>
        <source>custom rule id &quot;%1&quot; is used twice</source>
        <translation>ID:t &quot;%1&quot; för en anpassad regel används två gånger</translation>
    </message>
    <message>
        <source>Give every custom rule a unique id.</source>
        <translation>Ge varje anpassad regel ett unikt ID.</translation>
    </message>
    <message>
        <source>%1 has no &quot;pattern&quot;</source>
        <translation>%1 saknar &quot;pattern&quot;</translation>
    </message>
    <message>
        <source>Add an RE2 pattern.</source>
        <translation>Lägg till ett RE2-mönster.</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; in %2</source>
        <translation>okänd typ &quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>Use a type of the benchmark vocabulary, e.g. OTHER_ID or ORG_CONFIDENTIAL.</source>
        <translation>Använd en typ ur benchmarkens vokabulär, t.ex. OTHER_ID eller ORG_CONFIDENTIAL.</translation>
    </message>
    <message>
        <source>unknown validator &quot;%1&quot; in %2</source>
        <translation>okänd validerare &quot;%1&quot; i %2</translation>
    </message>
    <message>
        <source>Use null or a validator that scrim-cli rules --format json lists.</source>
        <translation>Använd null eller en validerare som scrim-cli rules --format json listar.</translation>
    </message>
    <message>
        <source>min_score must be from 0 to 1</source>
        <translation>min_score måste ligga mellan 0 och 1</translation>
    </message>
    <message>
        <source>0.5 is a sensible start.</source>
        <translation>0.5 är ett rimligt startvärde.</translation>
    </message>
    <message>
        <source>dictionary &quot;%1&quot; needs a salt of at least 32 lower-case hex characters</source>
        <translation>ordlistan &quot;%1&quot; behöver ett salt på minst 32 hexadecimala tecken med gemener</translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms writes a fresh salt with the hashes.</source>
        <translation>scrim-cli policy hash-terms skriver ett nytt salt tillsammans med hasharna.</translation>
    </message>
    <message>
        <source>an entry of dictionary &quot;%1&quot; is not a hash</source>
        <translation>en post i ordlistan &quot;%1&quot; är ingen hash</translation>
    </message>
    <message>
        <source>Terms are stored as salted SHA-256 hashes, never as text: turn the plain list into hashes with scrim-cli policy hash-terms.</source>
        <translation>Termer lagras som saltade SHA-256-hashar, aldrig som text: gör om listan i klartext till hashar med scrim-cli policy hash-terms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; är inte ett värdnamn</translation>
    </message>
    <message>
        <source>Give the host only, in lower case: chat.example.com (no scheme, path or port).</source>
        <translation>Ange bara värden, med gemener: chat.example.com (utan schema, sökväg eller port).</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ogiltig JSON: %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at this place.</source>
        <translation>Rätta JSON-syntaxen på det här stället.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is missing</source>
        <translation>&quot;schema_version&quot; saknas</translation>
    </message>
    <message>
        <source>Add &quot;schema_version&quot;: 1.</source>
        <translation>Lägg till &quot;schema_version&quot;: 1.</translation>
    </message>
    <message>
        <source>schema version %1 is not known to this Scrim (it knows %2)</source>
        <translation>schemaversion %1 är okänd för den här versionen av Scrim (den känner till %2)</translation>
    </message>
    <message>
        <source>Write the policy for schema version 1, or update Scrim first.</source>
        <translation>Skriv policyn för schemaversion 1, eller uppdatera Scrim först.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; saknas</translation>
    </message>
    <message>
        <source>Every policy states its serial, issued_at and org.</source>
        <translation>Varje policy anger fälten serial, issued_at och org.</translation>
    </message>
    <message>
        <source>expires_at is not after issued_at</source>
        <translation>expires_at ligger inte efter issued_at</translation>
    </message>
    <message>
        <source>Set an expiry after the issue time, or null for none.</source>
        <translation>Ange en utgångstid efter utfärdandetiden, eller null för ingen.</translation>
    </message>
    <message>
        <source>unknown on_expiry &quot;%1&quot;</source>
        <translation>okänt värde för on_expiry &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use keep_last or strict.</source>
        <translation>Använd keep_last eller strict.</translation>
    </message>
    <message>
        <source>unknown test_values &quot;%1&quot;</source>
        <translation>okänt värde för test_values &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use flag or ignore.</source>
        <translation>Använd flag eller ignore.</translation>
    </message>
</context>
<context>
    <name>PolicyStatusWindow</name>
    <message>
        <source>Scrim policy status</source>
        <translation>Policystatus för Scrim</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Built-in default policy (no managed configuration on this computer)</source>
        <translation>Inbyggd standardpolicy (ingen hanterad konfiguration på den här datorn)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Not needed: the built-in policy is part of Scrim itself</source>
        <translation>Behövs inte: den inbyggda policyn är en del av Scrim självt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>serial %1, issued %2</source>
        <translation>serial %1, utfärdad %2</translation>
    </message>
    <message>
        <source>none received yet; the built-in default policy applies</source>
        <translation>ingen mottagen ännu; den inbyggda standardpolicyn gäller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>%1 (expired; on_expiry: %2)</source>
        <translation>%1 (har gått ut; on_expiry: %2)</translation>
    </message>
    <message>
        <source>verified with a pinned admin key (%1)</source>
        <translation>verifierad med en fastlåst administratörsnyckel (%1)</translation>
    </message>
    <message>
        <source>pinned admin keys: %1</source>
        <translation>fastlåsta administratörsnycklar: %1</translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation>Senaste hämtning</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Next fetch</source>
        <translation>Nästa hämtning</translation>
    </message>
    <message>
        <source>at the next start</source>
        <translation>vid nästa start</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Senaste problem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the original text</source>
        <translation>Motivering för originaltexten</translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text goes back on the clipboard. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation>Din organisation kräver en motivering innan originaltexten läggs tillbaka i urklippet. Motiveringen registreras i granskningsloggen; känsliga värden i den tas bort först.</translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text can go to %1. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation>Din organisation kräver en motivering innan originaltexten kan gå till %1. Motiveringen registreras i granskningsloggen; känsliga värden i den tas bort först.</translation>
    </message>
    <message numerus="yes">
        <source>Why is the original needed? (at least %n character(s))</source>
        <translation>
            <numerusform>Varför behövs originalet? (minst %n tecken)</numerusform>
            <numerusform>Varför behövs originalet? (minst %n tecken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Återställ originalet</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put the original values back into an AI&apos;s answer</source>
        <translation>Sätt tillbaka originalvärdena i ett svar från en AI</translation>
    </message>
    <message>
        <source>The vault session the tokens came from (default: default).</source>
        <translation>Sessionen i valvet som token kommer från (standard: default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print JSON: the restored text and what was reported.</source>
        <translation>Skriv ut JSON: den återställda texten och det som rapporterades.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The AI&apos;s answer; - or nothing reads standard input.</source>
        <translation>AI:ns svar; - eller ingen fil läser från standard in.</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>scrim-cli restore: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli restore: ange en enda fil (eller - för standard in), inte %1.</translation>
    </message>
    <message>
        <source>scrim-cli restore: %1</source>
        <translation>scrim-cli restore: %1</translation>
    </message>
    <message>
        <source>scrim-cli restore: the audit log could not record this, so nothing was printed: %1</source>
        <translation>scrim-cli restore: granskningsloggen kunde inte registrera detta, så inget skrevs ut: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) restored.</source>
        <translation>
            <numerusform>%n token återställdes.</numerusform>
            <numerusform>%n token återställdes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; has %2: its originals were deleted, so its tokens stay as they are.</source>
        <translation>Sessionen &apos;%1&apos; har %2: dess originalvärden har raderats, så dess token lämnas som de är.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>gått ut</translation>
    </message>
    <message>
        <source>been forgotten</source>
        <translation>glömts</translation>
    </message>
    <message>
        <source>Left as they are (their originals expired or were forgotten): %1</source>
        <translation>Lämnades som de är (deras originalvärden har gått ut eller glömts): %1</translation>
    </message>
    <message>
        <source>Left as they are (session &apos;%1&apos; never issued them): %2</source>
        <translation>Lämnades som de är (sessionen &apos;%1&apos; har aldrig utfärdat dem): %2</translation>
    </message>
    <message numerus="yes">
        <source>The answer contains %n sensitive value(s) that did not come from this session:</source>
        <translation>
            <numerusform>Svaret innehåller %n känsligt värde som inte kom från den här sessionen:</numerusform>
            <numerusform>Svaret innehåller %n känsliga värden som inte kom från den här sessionen:</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no vault yet, so there is nothing to restore; the text was left as it is. Anonymize a text first.</source>
        <translation>scrim-cli restore: det finns inget valv ännu, så det finns inget att återställa; texten lämnades som den är. Anonymisera en text först.</translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no session &apos;%1&apos;, so the text was left as it is. &apos;scrim-cli session list&apos; shows the sessions.</source>
        <translation>scrim-cli restore: det finns ingen session &apos;%1&apos;, så texten lämnades som den är. &apos;scrim-cli session list&apos; visar sessionerna.</translation>
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
    <message>
        <source>Confidentiality marking</source>
        <translation>Sekretessmarkering</translation>
    </message>
    <message>
        <source>Text that tries to override an AI assistant&apos;s instructions</source>
        <translation>Text som försöker åsidosätta en AI-assistents instruktioner</translation>
    </message>
    <message>
        <source>US phone number (NANP format)</source>
        <translation>Amerikanskt telefonnummer (NANP-format)</translation>
    </message>
    <message>
        <source>Phone number in national format (trunk prefix 0)</source>
        <translation>Telefonnummer i nationellt format (inledande 0)</translation>
    </message>
    <message>
        <source>Digits next to words such as &apos;phone&apos; or &apos;mobile&apos;</source>
        <translation>Siffror intill ord som &apos;phone&apos; eller &apos;mobile&apos;</translation>
    </message>
    <message>
        <source>Medical condition or diagnosis</source>
        <translation>Medicinskt tillstånd eller diagnos</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Läkemedelsnamn</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <source>ICD-10 diagnosis code next to diagnosis words</source>
        <translation>ICD-10-diagnoskod intill diagnosord</translation>
    </message>
    <message>
        <source>US Individual Taxpayer Identification Number (ITIN)</source>
        <translation>Amerikanskt individuellt skatteregistreringsnummer (ITIN)</translation>
    </message>
    <message>
        <source>Nine-digit ITIN near words such as &apos;ITIN&apos; or &apos;tax id&apos;</source>
        <translation>Niosiffrigt ITIN nära ord som &apos;ITIN&apos; eller &apos;tax id&apos;</translation>
    </message>
    <message>
        <source>US Medicare Beneficiary Identifier (MBI)</source>
        <translation>Amerikanskt Medicare-ID för förmånstagare (MBI)</translation>
    </message>
    <message>
        <source>US National Provider Identifier (NPI) near the word &apos;NPI&apos;</source>
        <translation>Amerikanskt vårdgivar-ID (NPI) nära ordet &apos;NPI&apos;</translation>
    </message>
    <message>
        <source>Driver&apos;s license number near words such as &apos;driver&apos;s license&apos;</source>
        <translation>Körkortsnummer nära ord som &apos;driver&apos;s license&apos;</translation>
    </message>
    <message>
        <source>Passport number near the word &apos;passport&apos;</source>
        <translation>Passnummer nära ordet &apos;passport&apos;</translation>
    </message>
    <message>
        <source>UK National Insurance number</source>
        <translation>Brittiskt socialförsäkringsnummer (National Insurance Number)</translation>
    </message>
    <message>
        <source>UK NHS number with a valid mod-11 check digit</source>
        <translation>Brittiskt NHS-nummer med giltig mod-11-kontrollsiffra</translation>
    </message>
    <message>
        <source>Ten-digit NHS number (valid check digit) near the word &apos;NHS&apos;</source>
        <translation>Tiosiffrigt NHS-nummer (giltig kontrollsiffra) nära ordet &apos;NHS&apos;</translation>
    </message>
    <message>
        <source>UK (DVLA) driving licence number</source>
        <translation>Brittiskt körkortsnummer (DVLA)</translation>
    </message>
    <message>
        <source>UK vehicle registration (current format)</source>
        <translation>Brittiskt registreringsnummer för fordon (nuvarande format)</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer (valid date and check digit)</source>
        <translation>Svenskt personnummer eller samordningsnummer (giltigt datum och kontrollsiffra)</translation>
    </message>
    <message>
        <source>Swedish organisationsnummer (company number, valid check digit)</source>
        <translation>Svenskt organisationsnummer (giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>German tax identification number (Steuer-ID, valid check digit)</source>
        <translation>Tyskt skatteidentifikationsnummer (Steuer-ID, giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>German tax number (Steuernummer) in the states&apos; format</source>
        <translation>Tyskt skattenummer (Steuernummer) i delstaternas format</translation>
    </message>
    <message>
        <source>Thirteen-digit German tax number near the word &apos;Steuernummer&apos;</source>
        <translation>Trettonsiffrigt tyskt skattenummer nära ordet &apos;Steuernummer&apos;</translation>
    </message>
    <message>
        <source>German VAT number (USt-IdNr., valid check digit)</source>
        <translation>Tyskt momsregistreringsnummer (USt-IdNr., giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>German health insurance number (KVNR, valid check digit)</source>
        <translation>Tyskt sjukförsäkringsnummer (KVNR, giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>German pension insurance number (valid birth date and check digit)</source>
        <translation>Tyskt pensionsförsäkringsnummer (giltigt födelsedatum och kontrollsiffra)</translation>
    </message>
    <message>
        <source>German ID card number near the word &apos;Personalausweis&apos;</source>
        <translation>Tyskt id-kortsnummer nära ordet &apos;Personalausweis&apos;</translation>
    </message>
    <message>
        <source>German driving licence number near the word &apos;Führerschein&apos;</source>
        <translation>Tyskt körkortsnummer nära ordet &apos;Führerschein&apos;</translation>
    </message>
    <message>
        <source>German physician number (LANR, valid check digit) near &apos;LANR&apos;</source>
        <translation>Tyskt läkarnummer (LANR, giltig kontrollsiffra) nära &apos;LANR&apos;</translation>
    </message>
    <message>
        <source>German commercial register number (HRA/HRB)</source>
        <translation>Tyskt handelsregisternummer (HRA/HRB)</translation>
    </message>
    <message>
        <source>German vehicle registration plate</source>
        <translation>Tysk registreringsskylt</translation>
    </message>
    <message>
        <source>French social security number (NIR, valid key)</source>
        <translation>Franskt socialförsäkringsnummer (NIR, giltig kontrollnyckel)</translation>
    </message>
    <message>
        <source>French company number (SIREN/SIRET) near the word &apos;SIREN&apos; or &apos;SIRET&apos;</source>
        <translation>Franskt företagsnummer (SIREN/SIRET) nära orden &apos;SIREN&apos; eller &apos;SIRET&apos;</translation>
    </message>
    <message>
        <source>French VAT number (valid key)</source>
        <translation>Franskt momsregistreringsnummer (giltig kontrollnyckel)</translation>
    </message>
    <message>
        <source>Finnish personal identity code (valid date and check character)</source>
        <translation>Finländsk personbeteckning (giltigt datum och kontrolltecken)</translation>
    </message>
    <message>
        <source>Spanish DNI/NIF or NIE (valid check letter)</source>
        <translation>Spanskt DNI/NIF eller NIE (giltig kontrollbokstav)</translation>
    </message>
    <message>
        <source>Turkish identity number (T.C. Kimlik No, valid check digits)</source>
        <translation>Turkiskt identitetsnummer (T.C. Kimlik No, giltiga kontrollsiffror)</translation>
    </message>
    <message>
        <source>Canadian Social Insurance Number (valid Luhn checksum)</source>
        <translation>Kanadensiskt socialförsäkringsnummer (giltig Luhn-kontrollsumma)</translation>
    </message>
    <message>
        <source>Polish PESEL number (valid date and check digit)</source>
        <translation>Polskt PESEL-nummer (giltigt datum och kontrollsiffra)</translation>
    </message>
    <message>
        <source>South African ID number (valid date and Luhn checksum)</source>
        <translation>Sydafrikanskt ID-nummer (giltigt datum och Luhn-kontrollsumma)</translation>
    </message>
    <message>
        <source>Singapore NRIC/FIN (valid check letter)</source>
        <translation>Singaporiskt NRIC/FIN (giltig kontrollbokstav)</translation>
    </message>
    <message>
        <source>Date next to words such as &apos;date of birth&apos; or &apos;born&apos;</source>
        <translation>Datum intill ord som &apos;date of birth&apos; eller &apos;born&apos;</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-adress</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-adress</translation>
    </message>
    <message>
        <source>Web address (URL)</source>
        <translation>Webbadress (URL)</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domännamn</translation>
    </message>
    <message>
        <source>US ABA routing number (valid checksum)</source>
        <translation>Amerikanskt ABA-clearingnummer (giltig kontrollsumma)</translation>
    </message>
    <message>
        <source>UK bank sort code near the words &apos;sort code&apos;</source>
        <translation>Brittiskt clearingnummer (sort code) nära orden &apos;sort code&apos;</translation>
    </message>
    <message>
        <source>Bank account number near words such as &apos;account&apos; or &apos;acct&apos;</source>
        <translation>Bankkontonummer nära ord som &apos;account&apos; eller &apos;acct&apos;</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Namn på en person</translation>
    </message>
    <message>
        <source>Name after a title (Mr, Dr, …)</source>
        <translation>Namn efter en titel (Herr, Fru, Dr, …)</translation>
    </message>
    <message>
        <source>Name under a sign-off</source>
        <translation>Namn under en hälsningsfras</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Hemlig AWS-åtkomstnyckel</translation>
    </message>
    <message>
        <source>Amazon Bedrock API key</source>
        <translation>API-nyckel för Amazon Bedrock</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>API-nyckel för Google</translation>
    </message>
    <message>
        <source>Google Cloud service-account key file</source>
        <translation>Nyckelfil för tjänstkonto i Google Cloud</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) client secret</source>
        <translation>Klienthemlighet för Microsoft Entra ID (Azure AD)</translation>
    </message>
    <message>
        <source>Azure Storage account key</source>
        <translation>Kontonyckel för Azure Storage</translation>
    </message>
    <message>
        <source>Cloudflare Origin CA key</source>
        <translation>Nyckel för Cloudflare Origin CA</translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation>API-nyckel för Heroku</translation>
    </message>
    <message>
        <source>Heroku API key (UUID form)</source>
        <translation>API-nyckel för Heroku (UUID-format)</translation>
    </message>
    <message>
        <source>Fly.io access token</source>
        <translation>Åtkomsttoken för Fly.io</translation>
    </message>
    <message>
        <source>Scalingo API token</source>
        <translation>API-token för Scalingo</translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation>Åtkomsttoken för Databricks</translation>
    </message>
    <message>
        <source>ClickHouse Cloud API secret key</source>
        <translation>Hemlig API-nyckel för ClickHouse Cloud</translation>
    </message>
    <message>
        <source>HashiCorp Terraform Cloud API token</source>
        <translation>API-token för HashiCorp Terraform Cloud</translation>
    </message>
    <message>
        <source>HashiCorp Vault token</source>
        <translation>Token för HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault service token (legacy form)</source>
        <translation>Tjänsttoken för HashiCorp Vault (äldre format)</translation>
    </message>
    <message>
        <source>OpenShift user token</source>
        <translation>Användartoken för OpenShift</translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation>GitLab-token</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>Åtkomsttoken för npm</translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation>Uppladdningstoken för PyPI</translation>
    </message>
    <message>
        <source>Clojars deploy token</source>
        <translation>Driftsättningstoken för Clojars</translation>
    </message>
    <message>
        <source>SonarQube / SonarCloud token</source>
        <translation>Token för SonarQube / SonarCloud</translation>
    </message>
    <message>
        <source>Snyk API token</source>
        <translation>API-token för Snyk</translation>
    </message>
    <message>
        <source>Sourcegraph access token</source>
        <translation>Åtkomsttoken för Sourcegraph</translation>
    </message>
    <message>
        <source>Octopus Deploy API key</source>
        <translation>API-nyckel för Octopus Deploy</translation>
    </message>
    <message>
        <source>Infracost API token</source>
        <translation>API-token för Infracost</translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation>Autentiseringstoken för Sentry</translation>
    </message>
    <message>
        <source>Grafana Cloud or service-account token</source>
        <translation>Token för Grafana Cloud eller ett tjänstkonto i Grafana</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>API-nyckel för OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>API-nyckel för Anthropic</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Åtkomsttoken för Hugging Face</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>API-nyckel för Perplexity</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-token</translation>
    </message>
    <message>
        <source>Slack incoming-webhook URL</source>
        <translation>Slack-URL för inkommande webhook</translation>
    </message>
    <message>
        <source>Stripe secret or restricted key</source>
        <translation>Hemlig eller begränsad Stripe-nyckel</translation>
    </message>
    <message>
        <source>Square access token or application secret</source>
        <translation>Åtkomsttoken eller programhemlighet för Square</translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation>API-nyckel för Twilio</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Autentiseringstoken för Twilio</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>API-nyckel för SendGrid</translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation>API-nyckel för Mailchimp</translation>
    </message>
    <message>
        <source>HubSpot API key</source>
        <translation>API-nyckel för HubSpot</translation>
    </message>
    <message>
        <source>MessageBird API key or client ID</source>
        <translation>API-nyckel eller klient-ID för MessageBird</translation>
    </message>
    <message>
        <source>Notion integration token</source>
        <translation>Integrationstoken för Notion</translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation>API-token för Atlassian</translation>
    </message>
    <message>
        <source>Okta API token</source>
        <translation>API-token för Okta</translation>
    </message>
    <message>
        <source>Sumo Logic access ID</source>
        <translation>Åtkomst-ID för Sumo Logic</translation>
    </message>
    <message>
        <source>Sumo Logic access key</source>
        <translation>Åtkomstnyckel för Sumo Logic</translation>
    </message>
    <message>
        <source>MaxMind license key</source>
        <translation>Licensnyckel för MaxMind</translation>
    </message>
    <message>
        <source>42 Intra API client secret</source>
        <translation>Klienthemlighet för 42 Intra API</translation>
    </message>
    <message>
        <source>Facebook / Meta access token</source>
        <translation>Åtkomsttoken för Facebook / Meta</translation>
    </message>
    <message>
        <source>Facebook app secret</source>
        <translation>Apphemlighet för Facebook</translation>
    </message>
    <message>
        <source>1Password service-account token</source>
        <translation>Tjänstkontotoken för 1Password</translation>
    </message>
    <message>
        <source>1Password account secret key</source>
        <translation>Hemlig nyckel för ett 1Password-konto</translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation>Hemlig nyckel för age-kryptering</translation>
    </message>
    <message>
        <source>Database or service URL with a password</source>
        <translation>Databas- eller tjänst-URL med lösenord</translation>
    </message>
    <message>
        <source>User name and password in a web address</source>
        <translation>Användarnamn och lösenord i en webbadress</translation>
    </message>
    <message>
        <source>Connection string with a password</source>
        <translation>Anslutningssträng med lösenord</translation>
    </message>
    <message>
        <source>Bundler gem-server credentials</source>
        <translation>Inloggningsuppgifter för en gem-server (Bundler)</translation>
    </message>
    <message>
        <source>Password given to curl on the command line</source>
        <translation>Lösenord som anges till curl på kommandoraden</translation>
    </message>
    <message>
        <source>Credential in an HTTP Authorization header</source>
        <translation>Inloggningsuppgift i ett HTTP Authorization-huvud</translation>
    </message>
    <message>
        <source>API key or token in an HTTP request header</source>
        <translation>API-nyckel eller token i ett huvud i en HTTP-begäran</translation>
    </message>
    <message>
        <source>Password, key or token assigned to a setting, with a random-looking value</source>
        <translation>Lösenord, nyckel eller token som tilldelas en inställning, med ett värde som ser slumpmässigt ut</translation>
    </message>
    <message>
        <source>Bitcoin address (valid base58check checksum)</source>
        <translation>Bitcoinadress (giltig base58check-kontrollsumma)</translation>
    </message>
    <message>
        <source>Bitcoin SegWit address (valid bech32 checksum)</source>
        <translation>SegWit-adress för Bitcoin (giltig bech32-kontrollsumma)</translation>
    </message>
    <message>
        <source>Ethereum address</source>
        <translation>Ethereumadress</translation>
    </message>
    <message>
        <source>Korean resident registration number (RRN, valid date and check digit)</source>
        <translation>Sydkoreanskt registreringsnummer för invånare (RRN, giltigt datum och kontrollsiffra)</translation>
    </message>
    <message>
        <source>Korean foreigner registration number (valid date and check digit)</source>
        <translation>Sydkoreanskt registreringsnummer för utlänningar (giltigt datum och kontrollsiffra)</translation>
    </message>
    <message>
        <source>Thai national ID number (valid province code and check digit)</source>
        <translation>Thailändskt nationellt ID-nummer (giltig provinskod och kontrollsiffra)</translation>
    </message>
    <message>
        <source>Indian Aadhaar number (valid Verhoeff check digit)</source>
        <translation>Indiskt Aadhaar-nummer (giltig Verhoeff-kontrollsiffra)</translation>
    </message>
    <message>
        <source>Indian Permanent Account Number (PAN)</source>
        <translation>Indiskt skattekontonummer (Permanent Account Number, PAN)</translation>
    </message>
    <message>
        <source>Indian GST identification number (GSTIN, valid check character)</source>
        <translation>Indiskt GST-registreringsnummer (GSTIN, giltigt kontrolltecken)</translation>
    </message>
    <message>
        <source>Italian fiscal code (codice fiscale, valid check letter)</source>
        <translation>Italienskt skattenummer (codice fiscale, giltig kontrollbokstav)</translation>
    </message>
    <message>
        <source>Australian tax file number (TFN, valid check digit)</source>
        <translation>Australiskt skattenummer (TFN, giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>Australian Medicare card number (valid check digit)</source>
        <translation>Australiskt Medicare-kortnummer (giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>Australian Business Number (ABN, valid mod-89 check)</source>
        <translation>Australiskt företagsnummer (ABN, giltig mod-89-kontroll)</translation>
    </message>
    <message>
        <source>Australian Company Number (ACN, valid check digit) near the word &apos;ACN&apos;</source>
        <translation>Australiskt bolagsnummer (ACN, giltig kontrollsiffra) nära ordet &apos;ACN&apos;</translation>
    </message>
    <message>
        <source>Nigerian National Identification Number (NIN) near the word &apos;NIN&apos;</source>
        <translation>Nigerianskt nationellt identifikationsnummer (NIN) nära ordet &apos;NIN&apos;</translation>
    </message>
    <message>
        <source>Singapore Unique Entity Number (UEN, valid check letter)</source>
        <translation>Singaporiskt organisationsnummer (UEN, giltig kontrollbokstav)</translation>
    </message>
    <message>
        <source>The same value as one found before</source>
        <translation>Samma värde som ett som hittats tidigare</translation>
    </message>
    <message>
        <source>Matches a rule of your organisation&apos;s policy</source>
        <translation>Matchar en regel i din organisations policy</translation>
    </message>
    <message>
        <source>A term of your organisation&apos;s dictionary</source>
        <translation>En term ur din organisations ordlista</translation>
    </message>
    <message>
        <source>Street address (house number, street name and type)</source>
        <translation>Gatuadress (husnummer, gatunamn och gatutyp)</translation>
    </message>
    <message>
        <source>Street address (German format)</source>
        <translation>Gatuadress (tyskt format)</translation>
    </message>
    <message>
        <source>Street address (Swedish format)</source>
        <translation>Gatuadress (svenskt format)</translation>
    </message>
    <message>
        <source>Street address (French format)</source>
        <translation>Gatuadress (franskt format)</translation>
    </message>
    <message>
        <source>UK postcode</source>
        <translation>Brittiskt postnummer (postcode)</translation>
    </message>
    <message>
        <source>Postal code next to a word such as &apos;ZIP&apos; or &apos;PLZ&apos;</source>
        <translation>Postnummer intill ett ord som ”ZIP” eller ”PLZ”</translation>
    </message>
    <message>
        <source>Name a person gives (&quot;my name is …&quot;)</source>
        <translation>Namn som en person själv uppger (”jag heter …”)</translation>
    </message>
    <message>
        <source>Street address in lower case, next to a word such as &apos;address&apos; or &apos;ship to&apos;</source>
        <translation>Gatuadress med gemener, intill ett ord som ”adress” eller ”ship to”</translation>
    </message>
    <message>
        <source>Password written after a word such as &apos;password&apos;, &apos;Passwort&apos;, &apos;lösenord&apos; or &apos;mot de passe&apos;</source>
        <translation>Lösenord efter ett ord som ”password”, ”Passwort”, ”lösenord” eller ”mot de passe”</translation>
    </message>
    <message>
        <source>US DEA registration number (valid check digit) near the word &apos;DEA&apos;</source>
        <translation>Amerikanskt DEA-registreringsnummer (giltig kontrollsiffra) nära ordet ”DEA”</translation>
    </message>
    <message>
        <source>Phone number in international form with the 00 prefix</source>
        <translation>Telefonnummer i internationellt format med prefixet 00</translation>
    </message>
    <message>
        <source>Name of a person, in capitals</source>
        <translation>Namn på en person, i versaler</translation>
    </message>
    <message>
        <source>Korean business registration number (valid check digit)</source>
        <translation>Koreanskt företagsregistreringsnummer (giltig kontrollsiffra)</translation>
    </message>
    <message>
        <source>Korean driver&apos;s license number</source>
        <translation>Koreanskt körkortsnummer</translation>
    </message>
    <message>
        <source>Indian voter ID (EPIC) near the word &apos;voter&apos;</source>
        <translation>Indiskt väljar-id (EPIC) nära ordet ”voter”</translation>
    </message>
    <message>
        <source>Indian vehicle registration number near a word such as &apos;vehicle&apos;</source>
        <translation>Indiskt registreringsnummer för fordon nära ett ord som ”vehicle”</translation>
    </message>
    <message>
        <source>Nigerian vehicle registration near a word such as &apos;plate&apos;</source>
        <translation>Nigeriansk registreringsskylt nära ett ord som ”plate”</translation>
    </message>
    <message>
        <source>Turkish licence plate near a word such as &apos;plaka&apos;</source>
        <translation>Turkisk registreringsskylt nära ett ord som ”plaka”</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>Kalenderdatum</translation>
    </message>
    <message>
        <source>Phone number in 3-3-2-2 groups (Turkish format)</source>
        <translation>Telefonnummer i grupper 3-3-2-2 (turkiskt format)</translation>
    </message>
    <message>
        <source>Azure Storage connection string with an account key or a shared access signature</source>
        <translation>Anslutningssträng för Azure Storage med kontonyckel eller signatur för delad åtkomst</translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation>Klienthemlighet för Google OAuth</translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation>Åtkomsttoken för Google OAuth</translation>
    </message>
    <message>
        <source>DigitalOcean access or refresh token</source>
        <translation>Åtkomst- eller förnyelsetoken för DigitalOcean</translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation>Åtkomsttoken för Pulumi</translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation>API-nyckel för Postman</translation>
    </message>
    <message>
        <source>Doppler access token</source>
        <translation>Åtkomsttoken för Doppler</translation>
    </message>
    <message>
        <source>Linear API key or OAuth token</source>
        <translation>API-nyckel eller OAuth-token för Linear</translation>
    </message>
    <message>
        <source>Anthropic (Claude) OAuth token</source>
        <translation>OAuth-token för Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Shopify access token or shared secret</source>
        <translation>Åtkomsttoken eller delad hemlighet för Shopify</translation>
    </message>
    <message>
        <source>HubSpot private app access token</source>
        <translation>Åtkomsttoken för en privat HubSpot-app</translation>
    </message>
    <message>
        <source>Private key (PuTTY key file)</source>
        <translation>Privat nyckel (PuTTY-nyckelfil)</translation>
    </message>
    <message>
        <source>AWS temporary session token</source>
        <translation>Tillfälligt sessionstoken för AWS</translation>
    </message>
    <message>
        <source>Private key (PEM block encoded in base64)</source>
        <translation>Privat nyckel (PEM-block kodat i base64)</translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation>Lösenord i en .netrc-post</translation>
    </message>
    <message>
        <source>Card security code (CVV / CVC) after its label</source>
        <translation>Kortets säkerhetskod (CVV / CVC) efter sin etikett</translation>
    </message>
    <message>
        <source>Card expiry date after its label, near a card</source>
        <translation>Kortets utgångsdatum efter sin etikett, nära ett kort</translation>
    </message>
    <message>
        <source>Card number with its expiry date (and security code)</source>
        <translation>Kortnummer med utgångsdatum (och säkerhetskod)</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Token för en Telegram-bot</translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation>Åtkomsttoken för Docker Hub</translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation>API-nyckel för RubyGems</translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation>API-nyckel för NuGet</translation>
    </message>
    <message>
        <source>Supabase access token</source>
        <translation>Åtkomsttoken för Supabase</translation>
    </message>
    <message>
        <source>PlanetScale token or password</source>
        <translation>Token eller lösenord för PlanetScale</translation>
    </message>
    <message>
        <source>Buildkite API token</source>
        <translation>API-token för Buildkite</translation>
    </message>
    <message>
        <source>Figma access token</source>
        <translation>Åtkomsttoken för Figma</translation>
    </message>
    <message>
        <source>Contentful management token</source>
        <translation>Hanteringstoken för Contentful</translation>
    </message>
    <message>
        <source>Plaid access token</source>
        <translation>Åtkomsttoken för Plaid</translation>
    </message>
    <message>
        <source>Flutterwave secret key</source>
        <translation>Hemlig nyckel för Flutterwave</translation>
    </message>
    <message>
        <source>Shippo API token</source>
        <translation>API-token för Shippo</translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) API key</source>
        <translation>API-nyckel för Brevo (Sendinblue)</translation>
    </message>
    <message>
        <source>Tailscale auth or API key</source>
        <translation>Autentiserings- eller API-nyckel för Tailscale</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>API-nyckel för Groq</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>API-token för Replicate</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>API-nyckel för OpenRouter</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>API-nyckel för xAI</translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation>Användar-API-nyckel för New Relic</translation>
    </message>
    <message>
        <source>Mapbox secret access token</source>
        <translation>Hemligt åtkomsttoken för Mapbox</translation>
    </message>
    <message>
        <source>Braintree (PayPal) access token</source>
        <translation>Braintree-åtkomsttoken (PayPal)</translation>
    </message>
    <message>
        <source>Vercel access token or API key (valid checksum)</source>
        <translation>Vercel-åtkomsttoken eller API-nyckel (giltig kontrollsumma)</translation>
    </message>
    <message>
        <source>Netlify access token</source>
        <translation>Netlify-åtkomsttoken</translation>
    </message>
    <message>
        <source>Render API key</source>
        <translation>Render-API-nyckel</translation>
    </message>
    <message>
        <source>CircleCI personal or project API token</source>
        <translation>Personlig eller projektbunden API-token för CircleCI</translation>
    </message>
    <message>
        <source>Supabase secret API key</source>
        <translation>Hemlig API-nyckel för Supabase</translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) SMTP key</source>
        <translation>SMTP-nyckel för Brevo (Sendinblue)</translation>
    </message>
    <message>
        <source>Dropbox access token</source>
        <translation>Dropbox-åtkomsttoken</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation>Personlig åtkomsttoken för Azure DevOps</translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation>API-token för Dynatrace</translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation>API-nyckel för LangSmith</translation>
    </message>
    <message>
        <source>JFrog Artifactory API key</source>
        <translation>API-nyckel för JFrog Artifactory</translation>
    </message>
    <message>
        <source>Harness personal or service account token</source>
        <translation>Personlig token eller tjänstekontotoken för Harness</translation>
    </message>
    <message>
        <source>Discord bot token</source>
        <translation>Discord-bottoken</translation>
    </message>
    <message>
        <source>Airtable personal access token</source>
        <translation>Personlig åtkomsttoken för Airtable</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>API-nyckel för Mailgun</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token (older format)</source>
        <translation>Personlig åtkomsttoken för Azure DevOps (äldre format)</translation>
    </message>
    <message>
        <source>Django secret key</source>
        <translation>Hemlig Django-nyckel</translation>
    </message>
    <message>
        <source>Password, key or token in an XML element</source>
        <translation>Lösenord, nyckel eller token i ett XML-element</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>List the built-in detection rules</source>
        <translation>Lista de inbyggda detekteringsreglerna</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Utdataformat: text (standard), json eller markdown.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>scrim-cli rules: %1 See &apos;scrim-cli rules --help&apos;.</source>
        <translation>scrim-cli rules: %1 Se &apos;scrim-cli rules --help&apos;.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>scrim-cli rules: unknown format &apos;%1&apos;; use text, json or markdown.</source>
        <translation>scrim-cli rules: okänt format &apos;%1&apos;; använd text, json eller markdown.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regler.</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>what it finds</source>
        <translation>vad den hittar</translation>
    </message>
    <message>
        <source>validator</source>
        <translation>validerare</translation>
    </message>
    <message>
        <source>needs context</source>
        <translation>kräver kontext</translation>
    </message>
    <message>
        <source>a person-linked value nearby</source>
        <translation>ett personkopplat värde i närheten</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
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
    <message>
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 4096 and 1073741824.</source>
        <translation>scrim-cli scan: --chunk-size måste vara ett antal byte mellan 4096 och 1073741824.</translation>
    </message>
    <message>
        <source>scrim-cli scan: --output goes with --records; for reports, redirect standard output.</source>
        <translation>scrim-cli scan: --output hör ihop med --records; för rapporter, omdirigera standardutmatningen.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot scan %1: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli: kan inte genomsöka %1: filen finns inte. Kontrollera sökvägen eller använd - för att läsa från standard in.</translation>
    </message>
    <message>
        <source>scrim-cli scan: cannot read the policy &apos;%1&apos;: %2.</source>
        <translation>scrim-cli scan: kan inte läsa policyn &apos;%1&apos;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli scan: the policy &apos;%1&apos; has %n problem(s); &apos;scrim-cli policy lint %1&apos; lists them.</source>
        <translation>
            <numerusform>scrim-cli scan: policyn &apos;%1&apos; har %n problem; &apos;scrim-cli policy lint %1&apos; visar det.</numerusform>
            <numerusform>scrim-cli scan: policyn &apos;%1&apos; har %n problem; &apos;scrim-cli policy lint %1&apos; visar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a policy file&apos;s custom rules, dictionaries and allowlist to the built-in rules.</source>
        <translation>Lägg till en policyfils egna regler, ordlistor och tillåtlista till de inbyggda reglerna.</translation>
    </message>
    <message>
        <source>List every date, also far from any person-linked value (a de-identification audit). By default a date is listed only near a name, contact, ID, account number or health data; dates never change the exit code.</source>
        <translation>Lista varje datum, även långt från personkopplade värden (en avidentifieringsgranskning). Som standard listas ett datum bara nära ett namn, en kontaktuppgift, ett id, ett kontonummer eller hälsodata; datum ändrar aldrig slutkoden.</translation>
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
    <message>
        <source> (documented test value)</source>
        <translation> (dokumenterat testvärde)</translation>
    </message>
    <message numerus="yes">
        <source> %n date(s) listed, never counted.</source>
        <translation>
            <numerusform> %n datum listat, räknas aldrig.</numerusform>
            <numerusform> %n datum listade, räknas aldrig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>List the vault&apos;s sessions or forget them (list, forget)</source>
        <translation>Lista valvets sessioner eller glöm dem (list, forget)</translation>
    </message>
    <message>
        <source>With forget: forget every session.</source>
        <translation>Med forget: glöm alla sessioner.</translation>
    </message>
    <message>
        <source>With list: print JSON.</source>
        <translation>Med list: skriv ut JSON.</translation>
    </message>
    <message>
        <source>list, or forget NAME</source>
        <translation>list eller forget NAME</translation>
    </message>
    <message>
        <source>scrim-cli session: say what to do: list, forget NAME or forget --all.</source>
        <translation>scrim-cli session: ange vad som ska göras: list, forget NAME eller forget --all.</translation>
    </message>
    <message>
        <source>There are no sessions yet.</source>
        <translation>Det finns inga sessioner ännu.</translation>
    </message>
    <message>
        <source>scrim-cli session: %1</source>
        <translation>scrim-cli session: %1</translation>
    </message>
    <message>
        <source>scrim-cli session: there is no session &apos;%1&apos;.</source>
        <translation>scrim-cli session: det finns ingen session &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; forgotten: its originals are deleted; its tokens can no longer be restored.</source>
        <translation>Sessionen &apos;%1&apos; har glömts: dess originalvärden har raderats; dess token kan inte längre återställas.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) forgotten.</source>
        <translation>
            <numerusform>%n session glömdes.</numerusform>
            <numerusform>%n sessioner glömdes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last used %1, expires %2, %n value(s)</source>
        <translation>
            <numerusform>senast använd %1, går ut %2, %n värde</numerusform>
            <numerusform>senast använd %1, går ut %2, %n värden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n session.</numerusform>
            <numerusform>%n sessioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli session: unknown action &apos;%1&apos;; use list, forget NAME or forget --all.</source>
        <translation>scrim-cli session: okänd åtgärd &apos;%1&apos;; använd list, forget NAME eller forget --all.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Scrim settings</source>
        <translation>Scrim-inställningar</translation>
    </message>
    <message>
        <source>Replace values with</source>
        <translation>Ersätt värden med</translation>
    </message>
    <message>
        <source>tokens such as [EMAIL_1] (restorable)</source>
        <translation>token som [EMAIL_1] (går att återställa)</translation>
    </message>
    <message>
        <source>realistic stand-ins (restorable)</source>
        <translation>realistiska påhittade värden (går att återställa)</translation>
    </message>
    <message>
        <source>masks such as **** 9855</source>
        <translation>masker som **** 9855</translation>
    </message>
    <message>
        <source>[REDACTED]</source>
        <translation>[REDACTED]</translation>
    </message>
    <message>
        <source>short hashes</source>
        <translation>korta hashar</translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation>enligt policyn</translation>
    </message>
    <message>
        <source>Show notices for warnings and automatic anonymization (notices that need a decision always show)</source>
        <translation>Visa meddelanden om varningar och automatisk anonymisering (meddelanden som kräver ett beslut visas alltid)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s configuration does not let users change these settings.</source>
        <translation>Din organisations konfiguration tillåter inte att användare ändrar de här inställningarna.</translation>
    </message>
    <message>
        <source>Start Scrim when I log in</source>
        <translation>Starta Scrim när jag loggar in</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan inte skrivas.</translation>
    </message>
    <message>
        <source>as the system</source>
        <translation>samma som systemet</translation>
    </message>
    <message>
        <source>The language changes at the next start of Scrim.</source>
        <translation>Språket ändras nästa gång Scrim startar.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>%1 cannot be written; the change holds until Scrim ends.</source>
        <translation>%1 kan inte skrivas; ändringen gäller tills Scrim avslutas.</translation>
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
    <message>
        <source>Audit log unavailable: %1</source>
        <translation>Granskningsloggen är inte tillgänglig: %1</translation>
    </message>
    <message>
        <source>Audit log key kept in a file: no OS keychain in use.</source>
        <translation>Granskningsloggens nyckel ligger i en fil: ingen nyckelring i operativsystemet används.</translation>
    </message>
    <message>
        <source>&amp;Anonymize clipboard</source>
        <translation>A&amp;nonymisera urklippet</translation>
    </message>
    <message>
        <source>&amp;Restore from clipboard</source>
        <translation>Å&amp;terställ från urklippet</translation>
    </message>
    <message>
        <source>Needs the encrypted store, which is not available.</source>
        <translation>Kräver den krypterade databasen, som inte är tillgänglig.</translation>
    </message>
    <message>
        <source>Anonymize clipboard</source>
        <translation>Anonymisera urklippet</translation>
    </message>
    <message>
        <source>Anonymized copies need the encrypted store, which is not available.</source>
        <translation>Anonymiserade kopior kräver den krypterade databasen, som inte är tillgänglig.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli anonymize for large texts.</source>
        <translation>Urklippet innehåller mer än %1 MiB text; det lämnades som det är. Använd scrim-cli anonymize för stora texter.</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1); it was left as it is.</source>
        <translation>Urklippet kunde inte kontrolleras (%1); det lämnades som det är.</translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard; it was left as it is.</source>
        <translation>Inget känsligt hittades i urklippet; det lämnades som det är.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1); the clipboard was left as it is.</source>
        <translation>Valvet kunde inte läsas (%1); urklippet lämnades som det är.</translation>
    </message>
    <message>
        <source>The clipboard could not be anonymized (%1); it was left as it is.</source>
        <translation>Urklippet kunde inte anonymiseras (%1); det lämnades som det är.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n value(s) with tokens: %1. Paste it into the AI tool; to put the values back into its answer, copy the answer and choose Restore from clipboard.</source>
        <translation>
            <numerusform>Ersatte %n värde med ett token: %1. Klistra in texten i AI-verktyget; för att sätta tillbaka värdet i dess svar, kopiera svaret och välj ”Återställ från urklippet”.</numerusform>
            <numerusform>Ersatte %n värden med token: %1. Klistra in texten i AI-verktyget; för att sätta tillbaka värdena i dess svar, kopiera svaret och välj ”Återställ från urklippet”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from clipboard</source>
        <translation>Återställ från urklippet</translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation>Återställning kräver den krypterade databasen, som inte är tillgänglig.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli restore for large texts.</source>
        <translation>Urklippet innehåller mer än %1 MiB text; det lämnades som det är. Använd scrim-cli restore för stora texter.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s); the clipboard now holds the original text.</source>
        <translation>
            <numerusform>Återställde %n värde; urklippet innehåller nu originaltexten.</numerusform>
            <numerusform>Återställde %n värden; urklippet innehåller nu originaltexten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token of the current session was found; the clipboard was left as it is.</source>
        <translation>Inget token från den aktuella sessionen hittades; urklippet lämnades som det är.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are.</source>
        <translation>
            <numerusform>%n token har gått ut eller glömts och lämnas som det är.</numerusform>
            <numerusform>%n token har gått ut eller glömts och lämnas som de är.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are.</source>
        <translation>
            <numerusform>%n token kommer inte från den här sessionen och lämnas som det är.</numerusform>
            <numerusform>%n token kommer inte från den här sessionen och lämnas som de är.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer also holds %n sensitive value(s) that did not come from your text: %1.</source>
        <translation>
            <numerusform>Svaret innehåller också %n känsligt värde som inte kom från din text: %1.</numerusform>
            <numerusform>Svaret innehåller också %n känsliga värden som inte kom från din text: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 of %2</source>
        <translation>policy %1 från %2</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; the built-in default policy applies.</source>
        <translation>Den hanterade konfigurationen kan inte läsas; den inbyggda standardpolicyn gäller.</translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation>Skyddad: %1</translation>
    </message>
    <message>
        <source>Scrim is already running; its paste-box was brought forward.</source>
        <translation>Scrim körs redan; dess inklistringsruta har tagits fram.</translation>
    </message>
    <message>
        <source>the downloaded policy was rejected (%1)</source>
        <translation>den hämtade policyn avvisades (%1)</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>servern kunde inte nås (%1)</translation>
    </message>
    <message>
        <source>Open &amp;paste-box</source>
        <translation>Öppna &amp;inklistringsrutan</translation>
    </message>
    <message>
        <source>Give a reason to get the &amp;original back…</source>
        <translation>Ange en &amp;motivering för att få tillbaka originalet…</translation>
    </message>
    <message>
        <source>&amp;Pause protection</source>
        <translation>&amp;Pausa skyddet</translation>
    </message>
    <message>
        <source>Pause protection</source>
        <translation>Pausa skyddet</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow pausing.</source>
        <translation>Din organisations policy tillåter inte att skyddet pausas.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>I 15 minuter</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>I 1 timme</translation>
    </message>
    <message>
        <source>Until I resume it</source>
        <translation>Tills jag återupptar det</translation>
    </message>
    <message>
        <source>&amp;Resume protection</source>
        <translation>Åte&amp;ruppta skyddet</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ktivitet</translation>
    </message>
    <message>
        <source>Po&amp;licy status</source>
        <translation>Po&amp;licystatus</translation>
    </message>
    <message>
        <source>Awareness demos for trainers come in a later version.</source>
        <translation>Medvetenhetsdemonstrationer för utbildare kommer i en senare version.</translation>
    </message>
    <message>
        <source>built-in default policy</source>
        <translation>inbyggd standardpolicy</translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard (%1)</source>
        <translation>Känslig text i urklippet (%1)</translation>
    </message>
    <message>
        <source>Clipboard blocked for %1 (%2)</source>
        <translation>Urklippet blockerat för %1 (%2)</translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1 (%2)</source>
        <translation>Urklippet anonymiserat för %1 (%2)</translation>
    </message>
    <message>
        <source>Paused until %1 (%2)</source>
        <translation>Pausad till %1 (%2)</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Pausad (%1)</translation>
    </message>
    <message>
        <source>Not protecting the clipboard (%1)</source>
        <translation>Urklippet skyddas inte (%1)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>In&amp;ställningar…</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Utbildning</translation>
    </message>
    <message>
        <source>expired %1: everything sensitive is anonymized</source>
        <translation>upphörde %1: allt känsligt anonymiseras</translation>
    </message>
    <message>
        <source>expired %1, still enforced</source>
        <translation>upphörde %1, gäller fortfarande</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are (grey).</source>
        <translation>
            <numerusform>%n token har gått ut eller glömts och lämnas som det är (grått).</numerusform>
            <numerusform>%n token har gått ut eller glömts och lämnas som de är (grå).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are (red).</source>
        <translation>
            <numerusform>%n token kommer inte från den här sessionen och lämnas som det är (rött).</numerusform>
            <numerusform>%n token kommer inte från den här sessionen och lämnas som de är (röda).</numerusform>
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
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation>scrim-cli: slut på minne; ingenting skrevs. Genomsök mindre indata eller frigör minne.</translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation>scrim-cli: okänt kommando &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli: writing the output failed (disk full or closed pipe?); the report is incomplete.</source>
        <translation>scrim-cli: det gick inte att skriva utmatningen (disken full eller röret stängt?); rapporten är ofullständig.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done and nothing to report, 1 something to report (scan: findings; restore: unknown tokens or unexpected values), 2 error.</source>
        <translation>Slutstatus: 0 klart och inget att rapportera, 1 något att rapportera (scan: fynd; restore: okända token eller oväntade värden), 2 fel.</translation>
    </message>
</context>
</TS>
