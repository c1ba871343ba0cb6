<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Scrim activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: any text, e.g. PCI, ChatGPT, anonymized_copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not available (no encrypted store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2. Events may have been changed or removed; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Chain intact: %n event checked.</numerusform>
            <numerusform>Chain intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnonymizeCommand</name>
    <message>
        <source>Replace sensitive values with tokens that &apos;restore&apos; can undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault session (one conversation with an AI tool; default: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token (default; restorable), surrogate (realistic fakes; restorable), mask, redact or hash (one-way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: the text and the replacements by token and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: include the original values (off by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to anonymize; - or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: unknown operator &apos;%1&apos;; use token, surrogate, mask, redact or hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: --show-values goes with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: give one file (or - for standard input), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the rules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the text could not be scanned, so nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the vault could not keep the originals, so nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the audit log could not record this, so nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced. Restore the AI&apos;s answer with: scrim-cli restore --session %1</source>
        <translation>
            <numerusform>%n value replaced. Restore the AI&apos;s answer with: scrim-cli restore --session %1</numerusform>
            <numerusform>%n values replaced. Restore the AI&apos;s answer with: scrim-cli restore --session %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced (%1: cannot be restored).</source>
        <translation>
            <numerusform>%n value replaced (%1: cannot be restored).</numerusform>
            <numerusform>%n values replaced (%1: cannot be restored).</numerusform>
        </translation>
    </message>
    <message>
        <source>A policy file: its custom rules, dictionaries and allowlist apply, and its operators for approved AI tools unless --operator is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the policy &apos;%1&apos; cannot be used; &apos;scrim-cli policy lint %1&apos; says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>Not protecting the clipboard: on Wayland Scrim cannot see what other applications copy. Use the paste-box to check text before you paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim cannot tell which window has the focus (%1), so it warns on copy but cannot swap the clipboard for AI tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s content is too big to read; treat it as sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard checked in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds %1. Paste it only where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds %1, and %2 has the focus. Anonymize it before you paste it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 KiB were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard blocked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard now holds an anonymized copy (%1 replaced). Your organisation asks for a reason before the original can go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While %1 has the focus, the clipboard holds an anonymized copy (%2 replaced). The original comes back when you switch to another window. To put the values back into the answer, copy it and choose Restore from clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store is not available, so the values cannot be restored later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sensitive is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymized copy is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim will not warn again about this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. This was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please write at least %n character(s) on why the original is needed.</source>
        <translation>
            <numerusform>Please write at least %n character on why the original is needed.</numerusform>
            <numerusform>Please write at least %n characters on why the original is needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. Your reason was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive; Scrim keeps it from AI tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 KiB of the clipboard were checked; nothing sensitive was found there. The rest is left out when it goes to an AI tool. Check it with the paste-box or scrim-cli scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Scrim held this text back: it could not be checked or anonymized. Use the paste-box.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Scrim left out the rest of this text (%1 KiB): it was not checked.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymized copy on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced. It stays on the clipboard until you copy something else. To put the values back into an answer, copy it and choose Restore from clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard held back from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim could not check all of the copied text, so %1 gets a placeholder instead. The text comes back when you switch to another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard already holds an anonymized copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That notice was about an earlier copy; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be checked.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be anonymized.]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>scrim-cli %1: %2 See &apos;scrim-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is not a session name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is a folder; give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot open &apos;%2&apos;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: there is no standard input to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: reading &apos;%2&apos; failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; looks binary (a NUL byte at offset %3). Scrim works on text; extract the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli %1: warning: &apos;%2&apos; has %n byte(s) that are not valid UTF-8; they are kept as they are and never match a rule.</source>
        <translation>
            <numerusform>scrim-cli %1: warning: &apos;%2&apos; has %n byte that is not valid UTF-8; it is kept as it is and never matches a rule.</numerusform>
            <numerusform>scrim-cli %1: warning: &apos;%2&apos; has %n bytes that are not valid UTF-8; they are kept as they are and never match a rule.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli %1: the encrypted store cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: the token vault cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file named in the command (its name is not repeated: it holds what looks like sensitive data; to work on text, pipe it through standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot read %2: no such file. Check the path, or use - to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>Segment size and overlap must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule has no id; give every rule a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules do not fit into the regular-expression memory budget. Remove or simplify custom rules, or raise the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan ran out of regular-expression memory, so this text was not checked. Raise the memory budget or simplify custom rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set could not be used (internal error); the text was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan already failed; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption self-test failed: this build is not using SQLCipher or the store file is not encrypted. Scrim will not write the store unencrypted; reinstall Scrim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store&apos;s cipher settings could not be applied; this SQLCipher version is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is available for the encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store could not switch to write-ahead logging. Check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PRAGMA name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store was written by a newer Scrim. Update Scrim to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain answered, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the encrypted store could not be saved or read in Scrim&apos;s data folder. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of the encrypted store is damaged. The store cannot be opened without its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the encrypted store was not found in the keychain or in Scrim&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the encrypted store in the OS keychain is damaged. The store cannot be opened without its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the encrypted store could not be written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store could not be opened or written. Check that its folder exists and is writable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store is busy in another Scrim process. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store cannot be read: wrong key or damaged file. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store is damaged. Restart Scrim to move it aside and start a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store reported an internal error; see the diagnostics log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value could not be passed to the encrypted store (internal error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim&apos;s data folder could not be created, so the encrypted store cannot be opened. Set SCRIM_DATA_DIR to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged encrypted store could not be moved aside. Check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s content key is damaged; the log cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers were available to create the audit log&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sequence number does not follow the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not continue the chain (an event before it was removed, reordered or forged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash (the event was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s anchor file cannot be written; check the data folder&apos;s space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it differs from the anchored head of the log (the log was rewritten or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events the anchor vouches for are missing (the end of the log was cut off or an older copy was put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s start was moved without a matching purge record (events were removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding lies outside the text it was found in; nothing was anonymized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be anonymized so that it can be restored exactly; nothing was replaced. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session name has 1 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token vault&apos;s key is damaged; the vault cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers were available to create the vault&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has errors; see its lint report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not an Ed25519 key in PEM form (as policy keygen writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not write the key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file does not hold the base64 of a 64-byte Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not check the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than a policy can be; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate was not trusted (unknown issuer, expired, or issued for another host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy server redirected too often or to an address that is not https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy server answered with an error status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed configuration is damaged (it needs policy_url, org and one or two admin_keys); ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s signature is not valid for the pinned admin keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is signed but not valid; run scrim-cli policy lint on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was signed for another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s issue time lies in the future; check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is older than the one in force (a lower serial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has the serial of the one in force but different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is switched off for Scrim, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules hold too many words and literals to search at once; split the policy&apos;s keyword lists or use a hashed dictionary for long lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>With list: how many of the newest events (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log: %1 See &apos;scrim-cli log --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log: the encrypted store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The audit log&apos;s chain is intact: %n event checked.</numerusform>
            <numerusform>The audit log&apos;s chain is intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at event %1: %2. Events before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log: --limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n event(s) come after the last anchor: had they been cut off, this check could not tell.</source>
        <translation>
            <numerusform>The last event comes after the last anchor: had it been cut off, this check could not tell.</numerusform>
            <numerusform>The last %n events come after the last anchor: had they been cut off, this check could not tell.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no audit log yet (nothing has been recorded in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With purge: delete events older than this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export: jsonl (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, verify, export or purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log: say what to do: list, verify, export or purge (see &apos;scrim-cli log --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log export: unknown format &apos;%1&apos;; use jsonl or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log purge: give --older-than-days with a number of days (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli log purge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) older than %1 day(s) deleted; the chain records where it now starts.</source>
        <translation>
            <numerusform>%n event older than %1 day(s) deleted; the chain records where it now starts.</numerusform>
            <numerusform>%n events older than %1 day(s) deleted; the chain records where it now starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli log export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, verify, export or purge the encrypted audit log (list, verify, export, purge)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>Scrim notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymize copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>Scrim paste-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the text you want to give an AI tool. Sensitive values are highlighted as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sensitive found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a finding to keep that value as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;anonymized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI tool&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the answer that holds tokens such as [PERSON_1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your values back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;restored text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared after %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared after %n second if it still holds it.</numerusform>
            <numerusform>Copied. The clipboard is cleared after %n seconds if it still holds it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the encrypted store the tokens cannot be restored later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be checked (%1). Treat it as sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sensitive found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive value(s): %1.</source>
        <translation>
            <numerusform>%n sensitive value: %1.</numerusform>
            <numerusform>%n sensitive values: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text could not be checked (%1); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be anonymized (%1); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied; nothing needed replacing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymized text copied (%n value(s) replaced). To put the values back into the answer, use the Restore tab.</source>
        <translation>
            <numerusform>Anonymized text copied (%n value replaced). To put the value back into the answer, use the Restore tab.</numerusform>
            <numerusform>Anonymized text copied (%n values replaced). To put the values back into the answer, use the Restore tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies the text as it is; the clipboard guard still watches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow copying this text with its original values for AI tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text copied. The clipboard guard still watches where it is pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s).</source>
        <translation>
            <numerusform>Restored %n value.</numerusform>
            <numerusform>Restored %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
Rule: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires replacing this value for AI tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be checked; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>scrim-cli policy: cannot read &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy: cannot write &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4
    fix: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With sign: the private key (PEM) from policy keygen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With verify: the admin&apos;s public key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With verify: the signature file (default: FILE.sig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With keygen: where to write PREFIX.key.pem and PREFIX.pub.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With hash-terms: the dictionary&apos;s salt (hex); a new one when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file (hash-terms: a list of terms, one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy: %1 See &apos;scrim-cli policy --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy %1: give the policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: give --out PREFIX (writes PREFIX.key.pem and PREFIX.pub.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: &apos;%1&apos; or &apos;%2&apos; exists already; a key is never overwritten. Choose another prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the private key to %1 (readable by you only: keep it off endpoints) and the public key to %2 (fingerprint %3; pin it in the managed configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms: --salt must be at least 32 lower-case hex characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) hashed. Paste the salt and terms into a dictionary of the policy.</source>
        <translation>
            <numerusform>%n term hashed. Paste the salt and terms into a dictionary of the policy.</numerusform>
            <numerusform>%n terms hashed. Paste the salt and terms into a dictionary of the policy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (serial %2, org &apos;%3&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli policy sign: the policy has problems (above); fix them first: endpoints would reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy sign: give --key with the private key from policy keygen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1 (publish it next to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy verify: give --pubkey with the admin&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD signature: %1 was not signed by this key, or it changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good signature: %1 was signed by the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: give --url, --org and --pubkey (or install a managed configuration at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: serial %1 for &apos;%2&apos;, issued %3, signed by a pinned key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, check, sign and fetch organisation policies (lint, keygen, sign, verify, hash-terms, show, fetch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fetch: the policy&apos;s https address (default: from the managed configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fetch: the organisation the policy must be signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fetch: an extra CA bundle for the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fetch: allow plain http (tests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint, keygen, sign, verify, hash-terms, show or fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy: say what to do: lint, keygen, sign, verify, hash-terms, show or fetch (see &apos;scrim-cli policy --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyLint</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or correct its spelling (see resources/policy.schema.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value in the form the schema gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a whole number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a UTC time such as 2026-11-27T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time in ISO 8601 with a Z at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern of %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use RE2 syntax: no look-around, no back-references (https://github.com/google/re2/wiki/Syntax).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of allow, warn, anonymize, block, justify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of token, surrogate, mask, redact, hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom rule has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every custom rule a unique id, such as &quot;project-codes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every custom rule a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;pattern&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an RE2 pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a type of the benchmark vocabulary, e.g. OTHER_ID or ORG_CONFIDENTIAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown validator &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use null or a validator that scrim-cli rules --format json lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_score must be from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5 is a sensible start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary &quot;%1&quot; needs a salt of at least 32 lower-case hex characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms writes a fresh salt with the hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of dictionary &quot;%1&quot; is not a hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms are stored as salted SHA-256 hashes, never as text: turn the plain list into hashes with scrim-cli policy hash-terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host only, in lower case: chat.example.com (no scheme, path or port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON syntax at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;schema_version&quot;: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is not known to this Scrim (it knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the policy for schema version 1, or update Scrim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every policy states its serial, issued_at and org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_at is not after issued_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an expiry after the issue time, or null for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown on_expiry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use keep_last or strict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown test_values &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use flag or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyStatusWindow</name>
    <message>
        <source>Scrim policy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in default policy (no managed configuration on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the built-in policy is part of Scrim itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1, issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none received yet; the built-in default policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired; on_expiry: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified with a pinned admin key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned admin keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text goes back on the clipboard. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text can go to %1. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why is the original needed? (at least %n character(s))</source>
        <translation>
            <numerusform>Why is the original needed? (at least %n character)</numerusform>
            <numerusform>Why is the original needed? (at least %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put the original values back into an AI&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault session the tokens came from (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: the restored text and what was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s answer; - or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli restore: give one file (or - for standard input), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli restore: the audit log could not record this, so nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) restored.</source>
        <translation>
            <numerusform>%n token restored.</numerusform>
            <numerusform>%n tokens restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; has %2: its originals were deleted, so its tokens stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>been forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are (their originals expired or were forgotten): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are (session &apos;%1&apos; never issued them): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer contains %n sensitive value(s) that did not come from this session:</source>
        <translation>
            <numerusform>The answer contains %n sensitive value that did not come from this session:</numerusform>
            <numerusform>The answer contains %n sensitive values that did not come from this session:</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no vault yet, so there is nothing to restore; the text was left as it is. Anonymize a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no session &apos;%1&apos;, so the text was left as it is. &apos;scrim-cli session list&apos; shows the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number in international (E.164) form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment card number (known issuer, valid Luhn checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN with a valid mod-97 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM / OpenSSH / PGP block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine-digit number near words such as &apos;SSN&apos; or &apos;social security&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that tries to override an AI assistant&apos;s instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US phone number (NANP format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number in national format (trunk prefix 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits next to words such as &apos;phone&apos; or &apos;mobile&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical condition or diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 diagnosis code next to diagnosis words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Individual Taxpayer Identification Number (ITIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine-digit ITIN near words such as &apos;ITIN&apos; or &apos;tax id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Medicare Beneficiary Identifier (MBI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US National Provider Identifier (NPI) near the word &apos;NPI&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s license number near words such as &apos;driver&apos;s license&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number near the word &apos;passport&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK NHS number with a valid mod-11 check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten-digit NHS number (valid check digit) near the word &apos;NHS&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK (DVLA) driving licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK vehicle registration (current format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer (valid date and check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish organisationsnummer (company number, valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German tax identification number (Steuer-ID, valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German tax number (Steuernummer) in the states&apos; format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thirteen-digit German tax number near the word &apos;Steuernummer&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German VAT number (USt-IdNr., valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German health insurance number (KVNR, valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German pension insurance number (valid birth date and check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German ID card number near the word &apos;Personalausweis&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German driving licence number near the word &apos;Führerschein&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German physician number (LANR, valid check digit) near &apos;LANR&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German commercial register number (HRA/HRB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German vehicle registration plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French social security number (NIR, valid key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French company number (SIREN/SIRET) near the word &apos;SIREN&apos; or &apos;SIRET&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French VAT number (valid key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish personal identity code (valid date and check character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish DNI/NIF or NIE (valid check letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish identity number (T.C. Kimlik No, valid check digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian Social Insurance Number (valid Luhn checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish PESEL number (valid date and check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South African ID number (valid date and Luhn checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore NRIC/FIN (valid check letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date next to words such as &apos;date of birth&apos; or &apos;born&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US ABA routing number (valid checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK bank sort code near the words &apos;sort code&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account number near words such as &apos;account&apos; or &apos;acct&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name after a title (Mr, Dr, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name under a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Bedrock API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud service-account key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Storage account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare Origin CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroku API key (UUID form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly.io access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalingo API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse Cloud API secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashiCorp Terraform Cloud API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashiCorp Vault token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashiCorp Vault service token (legacy form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenShift user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clojars deploy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SonarQube / SonarCloud token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snyk API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcegraph access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopus Deploy API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infracost API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana Cloud or service-account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack incoming-webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe secret or restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square access token or application secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MessageBird API key or client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notion integration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumo Logic access ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumo Logic access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxMind license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>42 Intra API client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook / Meta access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password service-account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password account secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database or service URL with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password in a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundler gem-server credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password given to curl on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential in an HTTP Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or token in an HTTP request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password, key or token assigned to a setting, with a random-looking value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin address (valid base58check checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin SegWit address (valid bech32 checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethereum address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean resident registration number (RRN, valid date and check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean foreigner registration number (valid date and check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai national ID number (valid province code and check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian Aadhaar number (valid Verhoeff check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian Permanent Account Number (PAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian GST identification number (GSTIN, valid check character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian fiscal code (codice fiscale, valid check letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian tax file number (TFN, valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian Medicare card number (valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian Business Number (ABN, valid mod-89 check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian Company Number (ACN, valid check digit) near the word &apos;ACN&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigerian National Identification Number (NIN) near the word &apos;NIN&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore Unique Entity Number (UEN, valid check letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same value as one found before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches a rule of your organisation&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term of your organisation&apos;s dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address (house number, street name and type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address (German format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address (Swedish format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address (French format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code next to a word such as &apos;ZIP&apos; or &apos;PLZ&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a person gives (&quot;my name is …&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address in lower case, next to a word such as &apos;address&apos; or &apos;ship to&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password written after a word such as &apos;password&apos;, &apos;Passwort&apos;, &apos;lösenord&apos; or &apos;mot de passe&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US DEA registration number (valid check digit) near the word &apos;DEA&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number in international form with the 00 prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a person, in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean business registration number (valid check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean driver&apos;s license number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian voter ID (EPIC) near the word &apos;voter&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian vehicle registration number near a word such as &apos;vehicle&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigerian vehicle registration near a word such as &apos;plate&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish licence plate near a word such as &apos;plaka&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number in 3-3-2-2 groups (Turkish format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Storage connection string with an account key or a shared access signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean access or refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppler access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear API key or OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic (Claude) OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify access token or shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot private app access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PuTTY key file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS temporary session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM block encoded in base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card security code (CVV / CVC) after its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card expiry date after its label, near a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number with its expiry date (and security code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanetScale token or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildkite API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figma access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contentful management token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaid access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flutterwave secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shippo API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale auth or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapbox secret access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Braintree (PayPal) access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vercel access token or API key (valid checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netlify access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI personal or project API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase secret API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) SMTP key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropbox access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JFrog Artifactory API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harness personal or service account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtable personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DevOps personal access token (older format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password, key or token in an XML element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>List the built-in detection rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli rules: %1 See &apos;scrim-cli rules --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli rules: unknown format &apos;%1&apos;; use text, json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n rule.</numerusform>
            <numerusform>%n rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person-linked value nearby</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>scrim-cli: &apos;%1&apos; is a folder. Give a file (for a folder: find DIR -type f -exec scrim-cli scan {} \;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: cannot open &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: reading &apos;%1&apos; failed: %2. Nothing was reported for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: &apos;%1&apos; looks binary (a NUL byte at offset %2), so it was not scanned. Scrim scans text; extract the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: scanning &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: cannot open records file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: cannot write &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: writing predictions failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: cannot save &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find sensitive data in a file or standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: text (default), json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark mode: scan the &quot;text&quot; of each JSON line of IN and write one prediction line per record (offsets in code points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --records: write predictions to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the full values found. Off by default: reports show masked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes scanned per step for long input (default 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to scan; - or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 nothing found, 1 findings, 2 error (with --records: 0 done, 2 error).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: unknown format &apos;%1&apos;; use text, json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: give one file (or - for standard input), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: the rules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: --records reads its own input file; drop &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli: warning: &apos;%1&apos; has %n byte(s) that are not valid UTF-8, the first at line %2, column %3 (byte offset %4). The valid parts were scanned.</source>
        <translation>
            <numerusform>scrim-cli: warning: &apos;%1&apos; has %n byte that is not valid UTF-8, at line %2, column %3 (byte offset %4). The valid parts were scanned.</numerusform>
            <numerusform>scrim-cli: warning: &apos;%1&apos; has %n bytes that are not valid UTF-8, the first at line %2, column %3 (byte offset %4). The valid parts were scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: invalid JSON (%3 at column %4); record skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: a record must be a JSON object with a string &quot;id&quot; and a string &quot;text&quot;; record skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: %1 See &apos;scrim-cli scan --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 4096 and 1073741824.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: --output goes with --records; for reports, redirect standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: cannot scan %1: no such file. Check the path, or use - to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli scan: cannot read the policy &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli scan: the policy &apos;%1&apos; has %n problem(s); &apos;scrim-cli policy lint %1&apos; lists them.</source>
        <translation>
            <numerusform>scrim-cli scan: the policy &apos;%1&apos; has %n problem; &apos;scrim-cli policy lint %1&apos; lists it.</numerusform>
            <numerusform>scrim-cli scan: the policy &apos;%1&apos; has %n problems; &apos;scrim-cli policy lint %1&apos; lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a policy file&apos;s custom rules, dictionaries and allowlist to the built-in rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every date, also far from any person-linked value (a de-identification audit). By default a date is listed only near a name, contact, ID, account number or health data; dates never change the exit code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message numerus="yes">
        <source>%1: %n finding(s) (%2).</source>
        <translation>
            <numerusform>%1: %n finding (%2).</numerusform>
            <numerusform>%1: %n findings (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no findings (%2 scanned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s); the valid parts were scanned.</source>
        <translation>
            <numerusform>%n invalid UTF-8 byte; the valid parts were scanned.</numerusform>
            <numerusform>%n invalid UTF-8 bytes; the valid parts were scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source> (documented test value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n date(s) listed, never counted.</source>
        <translation>
            <numerusform> %n date listed, never counted.</numerusform>
            <numerusform> %n dates listed, never counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>List the vault&apos;s sessions or forget them (list, forget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With forget: forget every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, or forget NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli session: say what to do: list, forget NAME or forget --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli session: there is no session &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; forgotten: its originals are deleted; its tokens can no longer be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) forgotten.</source>
        <translation>
            <numerusform>%n session forgotten.</numerusform>
            <numerusform>%n sessions forgotten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last used %1, expires %2, %n value(s)</source>
        <translation>
            <numerusform>last used %1, expires %2, %n value</numerusform>
            <numerusform>last used %1, expires %2, %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n session.</numerusform>
            <numerusform>%n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli session: unknown action &apos;%1&apos;; use list, forget NAME or forget --all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Scrim settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace values with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens such as [EMAIL_1] (restorable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realistic stand-ins (restorable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masks such as **** 9855</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[REDACTED]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notices for warnings and automatic anonymization (notices that need a decision always show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s configuration does not let users change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Scrim when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start of Scrim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written; the change holds until Scrim ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Scan clipboard now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scrim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Scrim shows this window instead. Closing it keeps Scrim running; use Quit to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n sensitive value(s): %1.</source>
        <translation>
            <numerusform>The clipboard holds %n sensitive value: %1.</numerusform>
            <numerusform>The clipboard holds %n sensitive values: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 MiB were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Scrim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Flags personal, health and payment data, secrets and confidential text before it is pasted into an AI chatbot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment detail(s)</source>
        <translation>
            <numerusform>%n payment detail</numerusform>
            <numerusform>%n payment details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health detail(s)</source>
        <translation>
            <numerusform>%n health detail</numerusform>
            <numerusform>%n health details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal detail(s)</source>
        <translation>
            <numerusform>%n personal detail</numerusform>
            <numerusform>%n personal details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential term(s)</source>
        <translation>
            <numerusform>%n confidential term</numerusform>
            <numerusform>%n confidential terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt-injection text(s)</source>
        <translation>
            <numerusform>%n prompt-injection text</numerusform>
            <numerusform>%n prompt-injection texts</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log key kept in a file: no OS keychain in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymize clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the encrypted store, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymize clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymized copies need the encrypted store, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli anonymize for large texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read (%1); the clipboard was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard could not be anonymized (%1); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n value(s) with tokens: %1. Paste it into the AI tool; to put the values back into its answer, copy the answer and choose Restore from clipboard.</source>
        <translation>
            <numerusform>Replaced %n value with a token: %1. Paste it into the AI tool; to put the value back into its answer, copy the answer and choose Restore from clipboard.</numerusform>
            <numerusform>Replaced %n values with tokens: %1. Paste it into the AI tool; to put the values back into its answer, copy the answer and choose Restore from clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli restore for large texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s); the clipboard now holds the original text.</source>
        <translation>
            <numerusform>Restored %n value; the clipboard now holds the original text.</numerusform>
            <numerusform>Restored %n values; the clipboard now holds the original text.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token of the current session was found; the clipboard was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are.</source>
        <translation>
            <numerusform>%n token expired or was forgotten and stays as it is.</numerusform>
            <numerusform>%n tokens expired or were forgotten and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are.</source>
        <translation>
            <numerusform>%n token is not from this session and stays as it is.</numerusform>
            <numerusform>%n tokens are not from this session and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer also holds %n sensitive value(s) that did not come from your text: %1.</source>
        <translation>
            <numerusform>The answer also holds %n sensitive value that did not come from your text: %1.</numerusform>
            <numerusform>The answer also holds %n sensitive values that did not come from your text: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; the built-in default policy applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim is already running; its paste-box was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded policy was rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;paste-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to get the &amp;original back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow pausing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness demos for trainers come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard blocked for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protecting the clipboard (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1: everything sensitive is anonymized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1, still enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are (grey).</source>
        <translation>
            <numerusform>%n token expired or was forgotten and stays as it is (grey).</numerusform>
            <numerusform>%n tokens expired or were forgotten and stay as they are (grey).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are (red).</source>
        <translation>
            <numerusform>%n token is not from this session and stays as it is (red).</numerusform>
            <numerusform>%n tokens are not from this session and stay as they are (red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: scrim-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrim finds personal, health and payment data, secrets and confidential text before it reaches an AI chatbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;scrim-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrim-cli: writing the output failed (disk full or closed pipe?); the report is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done and nothing to report, 1 something to report (scan: findings; restore: unknown tokens or unexpected values), 2 error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
