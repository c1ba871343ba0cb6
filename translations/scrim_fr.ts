<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Scrim activity</source>
        <translation>Activité de Scrim</translation>
    </message>
    <message>
        <source>Filter: any text, e.g. PCI, ChatGPT, anonymized_copy</source>
        <translation>Filtre : n&apos;importe quel texte, p. ex. PCI, ChatGPT, anonymized_copy</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>The audit log is not available (no encrypted store).</source>
        <translation>Le journal d&apos;audit n&apos;est pas disponible (pas de base de données chiffrée).</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Le journal d&apos;audit ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source> (approved)</source>
        <translation> (approuvé)</translation>
    </message>
    <message>
        <source> (not approved)</source>
        <translation> (non approuvé)</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>La chaîne n&apos;a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2. Events may have been changed or removed; tell your administrator.</source>
        <translation>La chaîne est rompue à l&apos;événement %1 : %2. Des événements ont peut-être été modifiés ou supprimés ; prévenez votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Chaîne intacte : %n événement vérifié.</numerusform>
            <numerusform>Chaîne intacte : %n événements vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is not available.</source>
        <translation>Le journal d&apos;audit n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>AnonymizeCommand</name>
    <message>
        <source>Replace sensitive values with tokens that &apos;restore&apos; can undo</source>
        <translation>Remplacer les valeurs sensibles par des jetons que &apos;restore&apos; peut annuler</translation>
    </message>
    <message>
        <source>The vault session (one conversation with an AI tool; default: default).</source>
        <translation>La session du coffre (une conversation avec un outil d&apos;IA ; par défaut : default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>token (default; restorable), surrogate (realistic fakes; restorable), mask, redact or hash (one-way).</source>
        <translation>token (par défaut ; restaurable), surrogate (substituts réalistes ; restaurable), mask, redact ou hash (irréversible).</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>OP</translation>
    </message>
    <message>
        <source>Print JSON: the text and the replacements by token and type.</source>
        <translation>Afficher du JSON : le texte et les remplacements par jeton et par type.</translation>
    </message>
    <message>
        <source>With --json: include the original values (off by default).</source>
        <translation>Avec --json : inclure les valeurs d&apos;origine (désactivé par défaut).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The text to anonymize; - or nothing reads standard input.</source>
        <translation>Le texte à anonymiser ; avec - ou sans argument, l&apos;entrée standard est lue.</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: unknown operator &apos;%1&apos;; use token, surrogate, mask, redact or hash.</source>
        <translation>scrim-cli anonymize: opérateur inconnu &apos;%1&apos; ; utilisez token, surrogate, mask, redact ou hash.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: --show-values goes with --json.</source>
        <translation>scrim-cli anonymize: --show-values va avec --json.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli anonymize: indiquez un seul fichier (ou - pour l&apos;entrée standard), pas %1.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the rules could not be loaded: %1</source>
        <translation>scrim-cli anonymize: impossible de charger les règles : %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the text could not be scanned, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: le texte n&apos;a pas pu être analysé ; rien n&apos;a donc été affiché : %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: %1</source>
        <translation>scrim-cli anonymize: %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the vault could not keep the originals, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: le coffre n&apos;a pas pu conserver les valeurs d&apos;origine ; rien n&apos;a donc été affiché : %1</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the audit log could not record this, so nothing was printed: %1</source>
        <translation>scrim-cli anonymize: le journal d&apos;audit n&apos;a pas pu enregistrer cette opération ; rien n&apos;a donc été affiché : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced. Restore the AI&apos;s answer with: scrim-cli restore --session %1</source>
        <translation>
            <numerusform>%n valeur remplacée. Restaurez la réponse de l&apos;IA avec : scrim-cli restore --session %1</numerusform>
            <numerusform>%n valeurs remplacées. Restaurez la réponse de l&apos;IA avec : scrim-cli restore --session %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced (%1: cannot be restored).</source>
        <translation>
            <numerusform>%n valeur remplacée (%1 : non restaurable).</numerusform>
            <numerusform>%n valeurs remplacées (%1 : non restaurables).</numerusform>
        </translation>
    </message>
    <message>
        <source>A policy file: its custom rules, dictionaries and allowlist apply, and its operators for approved AI tools unless --operator is given.</source>
        <translation>Un fichier de politique : ses règles propres, ses dictionnaires et sa liste d&apos;exceptions s&apos;appliquent, ainsi que ses opérateurs pour les outils d&apos;IA approuvés, sauf si --operator est donné.</translation>
    </message>
    <message>
        <source>scrim-cli anonymize: the policy &apos;%1&apos; cannot be used; &apos;scrim-cli policy lint %1&apos; says why.</source>
        <translation>scrim-cli anonymize: la politique &apos;%1&apos; ne peut pas être utilisée ; &apos;scrim-cli policy lint %1&apos; dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>Not protecting the clipboard: on Wayland Scrim cannot see what other applications copy. Use the paste-box to check text before you paste it.</source>
        <translation>Le presse-papiers n&apos;est pas protégé : sous Wayland, Scrim ne peut pas voir ce que copient les autres applications. Utilisez la zone de collage pour vérifier le texte avant de le coller.</translation>
    </message>
    <message>
        <source>Scrim cannot tell which window has the focus (%1), so it warns on copy but cannot swap the clipboard for AI tools.</source>
        <translation>Scrim ne peut pas déterminer quelle fenêtre a le focus (%1) ; il avertit donc lors de la copie, mais ne peut pas remplacer le contenu du presse-papiers pour les outils d&apos;IA.</translation>
    </message>
    <message>
        <source>Clipboard not checked</source>
        <translation>Presse-papiers non vérifié</translation>
    </message>
    <message>
        <source>The clipboard&apos;s content is too big to read; treat it as sensitive.</source>
        <translation>Le contenu du presse-papiers est trop volumineux pour être lu ; considérez-le comme sensible.</translation>
    </message>
    <message>
        <source>Clipboard checked in part</source>
        <translation>Presse-papiers vérifié en partie</translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard</source>
        <translation>Texte sensible dans le presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds %1. Paste it only where it belongs.</source>
        <translation>Le presse-papiers contient %1. Ne le collez que là où il a sa place.</translation>
    </message>
    <message>
        <source>The clipboard holds %1, and %2 has the focus. Anonymize it before you paste it there.</source>
        <translation>Le presse-papiers contient %1, et %2 a le focus. Anonymisez-le avant de l&apos;y coller.</translation>
    </message>
    <message>
        <source>Only the first %1 KiB were checked.</source>
        <translation>Seuls les %1 premiers Kio ont été vérifiés.</translation>
    </message>
    <message>
        <source>Clipboard blocked for %1</source>
        <translation>Presse-papiers bloqué pour %1</translation>
    </message>
    <message>
        <source>The clipboard now holds an anonymized copy (%1 replaced). Your organisation asks for a reason before the original can go to %2.</source>
        <translation>Le presse-papiers contient maintenant une copie anonymisée (éléments remplacés : %1). Votre organisation demande une justification avant que l&apos;original puisse être envoyé à %2.</translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1</source>
        <translation>Presse-papiers anonymisé pour %1</translation>
    </message>
    <message>
        <source>While %1 has the focus, the clipboard holds an anonymized copy (%2 replaced). The original comes back when you switch to another window. To put the values back into the answer, copy it and choose Restore from clipboard.</source>
        <translation>Tant que %1 a le focus, le presse-papiers contient une copie anonymisée (éléments remplacés : %2). L&apos;original revient lorsque vous passez à une autre fenêtre. Pour remettre les valeurs dans la réponse, copiez-la et choisissez « Restaurer depuis le presse-papiers ».</translation>
    </message>
    <message>
        <source>The encrypted store is not available, so the values cannot be restored later.</source>
        <translation>La base de données chiffrée n&apos;est pas disponible ; les valeurs ne pourront donc pas être restaurées plus tard.</translation>
    </message>
    <message>
        <source>Nothing sensitive is on the clipboard.</source>
        <translation>Le presse-papiers ne contient aucune donnée sensible.</translation>
    </message>
    <message>
        <source>An anonymized copy is on the clipboard.</source>
        <translation>Le presse-papiers contient une copie anonymisée.</translation>
    </message>
    <message>
        <source>Scrim will not warn again about this text.</source>
        <translation>Scrim ne vous avertira plus pour ce texte.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. This was recorded.</source>
        <translation>Le texte d&apos;origine est de nouveau dans le presse-papiers. Cette action a été enregistrée.</translation>
    </message>
    <message>
        <source>Original restored</source>
        <translation>Original restauré</translation>
    </message>
    <message>
        <source>There is nothing to release.</source>
        <translation>Il n&apos;y a rien à libérer.</translation>
    </message>
    <message numerus="yes">
        <source>Please write at least %n character(s) on why the original is needed.</source>
        <translation>
            <numerusform>Veuillez écrire au moins %n caractère pour expliquer pourquoi l&apos;original est nécessaire.</numerusform>
            <numerusform>Veuillez écrire au moins %n caractères pour expliquer pourquoi l&apos;original est nécessaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The original text is back on the clipboard. Your reason was recorded.</source>
        <translation>Le texte d&apos;origine est de nouveau dans le presse-papiers. Votre justification a été enregistrée.</translation>
    </message>
    <message>
        <source>Original released</source>
        <translation>Original libéré</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive; Scrim keeps it from AI tools.</source>
        <translation>Le presse-papiers n&apos;a pas pu être vérifié (%1). Considérez son contenu comme sensible ; Scrim le tient à l&apos;écart des outils d&apos;IA.</translation>
    </message>
    <message>
        <source>Only the first %1 KiB of the clipboard were checked; nothing sensitive was found there. The rest is left out when it goes to an AI tool. Check it with the paste-box or scrim-cli scan.</source>
        <translation>Seuls les %1 premiers Kio du presse-papiers ont été vérifiés ; aucune donnée sensible n&apos;y a été trouvée. Le reste est omis lorsque le contenu est envoyé à un outil d&apos;IA. Vérifiez le texte avec la zone de collage ou scrim-cli scan.</translation>
    </message>
    <message>
        <source>[Scrim held this text back: it could not be checked or anonymized. Use the paste-box.]</source>
        <translation>[Scrim a retenu ce texte : il n&apos;a pas pu être vérifié ni anonymisé. Utilisez la zone de collage.]</translation>
    </message>
    <message>
        <source>[Scrim left out the rest of this text (%1 KiB): it was not checked.]</source>
        <translation>[Scrim a omis le reste de ce texte (%1 Kio) : il n&apos;a pas été vérifié.]</translation>
    </message>
    <message>
        <source>Anonymized copy on the clipboard</source>
        <translation>Copie anonymisée dans le presse-papiers</translation>
    </message>
    <message>
        <source>%1 replaced. It stays on the clipboard until you copy something else. To put the values back into an answer, copy it and choose Restore from clipboard.</source>
        <translation>Éléments remplacés : %1. La copie reste dans le presse-papiers jusqu&apos;à ce que vous copiiez autre chose. Pour remettre les valeurs dans une réponse, copiez-la et choisissez « Restaurer depuis le presse-papiers ».</translation>
    </message>
    <message>
        <source>Clipboard held back from %1</source>
        <translation>Presse-papiers non transmis à %1</translation>
    </message>
    <message>
        <source>Scrim could not check all of the copied text, so %1 gets a placeholder instead. The text comes back when you switch to another window.</source>
        <translation>Scrim n&apos;a pas pu vérifier tout le texte copié ; %1 reçoit donc un texte de substitution. Le texte revient lorsque vous passez à une autre fenêtre.</translation>
    </message>
    <message>
        <source>The clipboard already holds an anonymized copy.</source>
        <translation>Le presse-papiers contient déjà une copie anonymisée.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>That notice was about an earlier copy; nothing was changed.</source>
        <translation>Cette notification concernait une copie précédente ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Notice out of date</source>
        <translation>Notification obsolète</translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be checked.]</source>
        <translation>[Scrim a retenu cette sélection : elle n&apos;a pas pu être vérifiée.]</translation>
    </message>
    <message>
        <source>[Scrim held this selection back: it could not be anonymized.]</source>
        <translation>[Scrim a retenu cette sélection : elle n&apos;a pas pu être anonymisée.]</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>scrim-cli %1: %2 See &apos;scrim-cli %1 --help&apos;.</source>
        <translation>scrim-cli %1: %2 Voir &apos;scrim-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is not a session name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>scrim-cli %1: &apos;%2&apos; n&apos;est pas un nom de session : utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; is a folder; give a file.</source>
        <translation>scrim-cli %1: &apos;%2&apos; est un dossier ; indiquez un fichier.</translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot open &apos;%2&apos;: %3.</source>
        <translation>scrim-cli %1: impossible d&apos;ouvrir &apos;%2&apos; : %3.</translation>
    </message>
    <message>
        <source>scrim-cli %1: there is no standard input to read.</source>
        <translation>scrim-cli %1: il n&apos;y a pas d&apos;entrée standard à lire.</translation>
    </message>
    <message>
        <source>scrim-cli %1: reading &apos;%2&apos; failed: %3.</source>
        <translation>scrim-cli %1: échec de la lecture de &apos;%2&apos; : %3.</translation>
    </message>
    <message>
        <source>scrim-cli %1: &apos;%2&apos; looks binary (a NUL byte at offset %3). Scrim works on text; extract the text first.</source>
        <translation>scrim-cli %1: &apos;%2&apos; semble binaire (octet NUL à la position %3). Scrim traite du texte ; extrayez d&apos;abord le texte.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli %1: warning: &apos;%2&apos; has %n byte(s) that are not valid UTF-8; they are kept as they are and never match a rule.</source>
        <translation>
            <numerusform>scrim-cli %1: avertissement : &apos;%2&apos; contient %n octet non valide en UTF-8 ; il est conservé tel quel et ne correspond jamais à une règle.</numerusform>
            <numerusform>scrim-cli %1: avertissement : &apos;%2&apos; contient %n octets non valides en UTF-8 ; ils sont conservés tels quels et ne correspondent jamais à une règle.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli %1: the encrypted store cannot be opened: %2</source>
        <translation>scrim-cli %1: impossible d&apos;ouvrir la base de données chiffrée : %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: warning: %2</source>
        <translation>scrim-cli %1: avertissement : %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: %2</source>
        <translation>scrim-cli %1: %2</translation>
    </message>
    <message>
        <source>scrim-cli %1: the token vault cannot be used: %2</source>
        <translation>scrim-cli %1: le coffre à jetons ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>the file named in the command (its name is not repeated: it holds what looks like sensitive data; to work on text, pipe it through standard input)</source>
        <translation>le fichier indiqué dans la commande (son nom n&apos;est pas répété : il contient ce qui ressemble à des données sensibles ; pour traiter du texte, transmettez-le par un tube sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>scrim-cli %1: cannot read %2: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli %1: impossible de lire %2 : fichier introuvable. Vérifiez le chemin, ou utilisez - pour lire l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>Segment size and overlap must be positive.</source>
        <translation>La taille de segment et le chevauchement doivent être positifs.</translation>
    </message>
    <message>
        <source>A rule has no id; give every rule a unique id.</source>
        <translation>Une règle n&apos;a pas d&apos;identifiant ; attribuez un identifiant unique à chaque règle.</translation>
    </message>
    <message>
        <source>The rules do not fit into the regular-expression memory budget. Remove or simplify custom rules, or raise the budget.</source>
        <translation>Les règles dépassent le budget mémoire alloué aux expressions régulières. Supprimez ou simplifiez les règles personnalisées, ou augmentez ce budget.</translation>
    </message>
    <message>
        <source>The scan ran out of regular-expression memory, so this text was not checked. Raise the memory budget or simplify custom rules.</source>
        <translation>La mémoire réservée aux expressions régulières a été épuisée pendant l&apos;analyse ; ce texte n&apos;a donc pas été vérifié. Augmentez le budget mémoire ou simplifiez les règles personnalisées.</translation>
    </message>
    <message>
        <source>The rule set could not be used (internal error); the text was not checked.</source>
        <translation>Le jeu de règles n&apos;a pas pu être utilisé (erreur interne) ; le texte n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>The scan already failed; start a new one.</source>
        <translation>L&apos;analyse a déjà échoué ; lancez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The encryption self-test failed: this build is not using SQLCipher or the store file is not encrypted. Scrim will not write the store unencrypted; reinstall Scrim.</source>
        <translation>L&apos;autotest du chiffrement a échoué : cette version n&apos;utilise pas SQLCipher ou le fichier de la base de données n&apos;est pas chiffré. Scrim n&apos;écrira pas la base de données sans chiffrement ; réinstallez Scrim.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s cipher settings could not be applied; this SQLCipher version is not supported.</source>
        <translation>Les paramètres de chiffrement de la base de données chiffrée n&apos;ont pas pu être appliqués ; cette version de SQLCipher n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>No key is available for the encrypted store.</source>
        <translation>Aucune clé n&apos;est disponible pour la base de données chiffrée.</translation>
    </message>
    <message>
        <source>The encrypted store does not exist yet.</source>
        <translation>La base de données chiffrée n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>The encrypted store could not switch to write-ahead logging. Check that its folder is writable.</source>
        <translation>La base de données chiffrée n&apos;a pas pu passer en journalisation anticipée (write-ahead logging). Vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Not a PRAGMA name.</source>
        <translation>Ce n&apos;est pas un nom de PRAGMA.</translation>
    </message>
    <message>
        <source>The encrypted store was written by a newer Scrim. Update Scrim to open it.</source>
        <translation>La base de données chiffrée a été écrite par une version plus récente de Scrim. Mettez Scrim à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transaction est déjà terminée.</translation>
    </message>
    <message>
        <source>No OS keychain answered, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation>Aucun trousseau de clés du système n&apos;a répondu ; la clé de la base de données chiffrée est donc conservée dans un fichier du dossier de données de Scrim que seul votre utilisateur peut lire. Toute personne pouvant lire vos fichiers peut lire la base de données.</translation>
    </message>
    <message>
        <source>The key of the encrypted store could not be saved or read in Scrim&apos;s data folder. Check that the folder exists and is writable.</source>
        <translation>La clé de la base de données chiffrée n&apos;a pas pu être enregistrée ou lue dans le dossier de données de Scrim. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The key file of the encrypted store is damaged. The store cannot be opened without its key.</source>
        <translation>Le fichier de clé de la base de données chiffrée est endommagé. La base de données ne peut pas être ouverte sans sa clé.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué ; aucune clé n&apos;a été générée.</translation>
    </message>
    <message>
        <source>The key of the encrypted store was not found in the keychain or in Scrim&apos;s data folder.</source>
        <translation>La clé de la base de données chiffrée n&apos;a été trouvée ni dans le trousseau de clés ni dans le dossier de données de Scrim.</translation>
    </message>
    <message>
        <source>The key of the encrypted store in the OS keychain is damaged. The store cannot be opened without its key.</source>
        <translation>La clé de la base de données chiffrée dans le trousseau de clés du système est endommagée. La base de données ne peut pas être ouverte sans sa clé.</translation>
    </message>
    <message>
        <source>The key could not be removed from the OS keychain.</source>
        <translation>La clé n&apos;a pas pu être supprimée du trousseau de clés du système.</translation>
    </message>
    <message>
        <source>The disk is full, so the encrypted store could not be written. Free some space and try again.</source>
        <translation>Le disque est plein ; la base de données chiffrée n&apos;a donc pas pu être écrite. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The encrypted store could not be opened or written. Check that its folder exists and is writable and that the disk is not full.</source>
        <translation>La base de données chiffrée n&apos;a pas pu être ouverte ou écrite. Vérifiez que son dossier existe et est accessible en écriture, et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The encrypted store is busy in another Scrim process. Try again in a moment.</source>
        <translation>La base de données chiffrée est occupée par un autre processus Scrim. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The encrypted store cannot be read: wrong key or damaged file. The file was left unchanged.</source>
        <translation>La base de données chiffrée ne peut pas être lue : clé incorrecte ou fichier endommagé. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The encrypted store is damaged. Restart Scrim to move it aside and start a fresh one.</source>
        <translation>La base de données chiffrée est endommagée. Redémarrez Scrim pour la mettre de côté et en créer une nouvelle.</translation>
    </message>
    <message>
        <source>The encrypted store ran out of memory.</source>
        <translation>Mémoire insuffisante pour la base de données chiffrée.</translation>
    </message>
    <message>
        <source>The encrypted store reported an internal error; see the diagnostics log.</source>
        <translation>La base de données chiffrée a signalé une erreur interne ; consultez le journal de diagnostic.</translation>
    </message>
    <message>
        <source>A value could not be passed to the encrypted store (internal error).</source>
        <translation>Une valeur n&apos;a pas pu être transmise à la base de données chiffrée (erreur interne).</translation>
    </message>
    <message>
        <source>Scrim&apos;s data folder could not be created, so the encrypted store cannot be opened. Set SCRIM_DATA_DIR to a writable folder.</source>
        <translation>Le dossier de données de Scrim n&apos;a pas pu être créé ; la base de données chiffrée ne peut donc pas être ouverte. Définissez SCRIM_DATA_DIR sur un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The damaged encrypted store could not be moved aside. Check that its folder is writable.</source>
        <translation>La base de données chiffrée endommagée n&apos;a pas pu être mise de côté. Vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The audit log&apos;s content key is damaged; the log cannot be used.</source>
        <translation>La clé de contenu du journal d&apos;audit est endommagée ; le journal ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>No random numbers were available to create the audit log&apos;s key.</source>
        <translation>Aucun nombre aléatoire n&apos;était disponible pour générer la clé du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>its sequence number does not follow the one before it</source>
        <translation>son numéro de séquence ne suit pas le précédent</translation>
    </message>
    <message>
        <source>it does not continue the chain (an event before it was removed, reordered or forged)</source>
        <translation>il ne prolonge pas la chaîne (un événement antérieur a été supprimé, déplacé ou falsifié)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the event was changed)</source>
        <translation>son contenu ne correspond pas à son hachage (l&apos;événement a été modifié)</translation>
    </message>
    <message>
        <source>The audit log&apos;s anchor file cannot be written; check the data folder&apos;s space and permissions.</source>
        <translation>Le fichier d&apos;ancrage du journal d&apos;audit ne peut pas être écrit ; vérifiez l&apos;espace et les droits du dossier de données.</translation>
    </message>
    <message>
        <source>it differs from the anchored head of the log (the log was rewritten or replaced)</source>
        <translation>il diffère de la tête ancrée du journal (le journal a été réécrit ou remplacé)</translation>
    </message>
    <message>
        <source>events the anchor vouches for are missing (the end of the log was cut off or an older copy was put back)</source>
        <translation>des événements garantis par l&apos;ancre manquent (la fin du journal a été coupée ou une copie plus ancienne a été remise)</translation>
    </message>
    <message>
        <source>the log&apos;s start was moved without a matching purge record (events were removed)</source>
        <translation>le début du journal a été déplacé sans enregistrement de purge correspondant (des événements ont été supprimés)</translation>
    </message>
    <message>
        <source>A finding lies outside the text it was found in; nothing was anonymized.</source>
        <translation>Une détection se situe en dehors du texte dans lequel elle a été trouvée ; rien n&apos;a été anonymisé.</translation>
    </message>
    <message>
        <source>The text could not be anonymized so that it can be restored exactly; nothing was replaced. Please report this.</source>
        <translation>Le texte n&apos;a pas pu être anonymisé de façon à pouvoir être restauré à l&apos;identique ; rien n&apos;a été remplacé. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>A session name has 1 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nom de session comporte de 1 à 64 caractères : lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The token vault&apos;s key is damaged; the vault cannot be used.</source>
        <translation>La clé du coffre à jetons est endommagée ; le coffre ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>No random numbers were available to create the vault&apos;s key.</source>
        <translation>Aucun nombre aléatoire n&apos;était disponible pour générer la clé du coffre.</translation>
    </message>
    <message>
        <source>The policy is not valid JSON.</source>
        <translation>La politique n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The policy has errors; see its lint report.</source>
        <translation>La politique contient des erreurs ; consultez son rapport de lint.</translation>
    </message>
    <message>
        <source>The key is not an Ed25519 key in PEM form (as policy keygen writes it).</source>
        <translation>La clé n&apos;est pas une clé Ed25519 au format PEM (telle que policy keygen l&apos;écrit).</translation>
    </message>
    <message>
        <source>OpenSSL could not create an Ed25519 key.</source>
        <translation>OpenSSL n&apos;a pas pu générer de clé Ed25519.</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key in PEM form.</source>
        <translation>OpenSSL n&apos;a pas pu écrire la clé au format PEM.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the policy.</source>
        <translation>OpenSSL n&apos;a pas pu signer la politique.</translation>
    </message>
    <message>
        <source>The signature file does not hold the base64 of a 64-byte Ed25519 signature.</source>
        <translation>Le fichier de signature ne contient pas le base64 d&apos;une signature Ed25519 de 64 octets.</translation>
    </message>
    <message>
        <source>OpenSSL could not check the signature.</source>
        <translation>OpenSSL n&apos;a pas pu vérifier la signature.</translation>
    </message>
    <message>
        <source>The policy address must start with https://.</source>
        <translation>L&apos;adresse de la politique doit commencer par https://.</translation>
    </message>
    <message>
        <source>The download could not be started.</source>
        <translation>Le téléchargement n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>The server sent more than a policy can be; it was refused.</source>
        <translation>Le serveur a envoyé plus qu&apos;une politique ne peut contenir ; la réponse a été refusée.</translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate was not trusted (unknown issuer, expired, or issued for another host).</source>
        <translation>Le certificat du serveur de politiques n&apos;a pas été approuvé (émetteur inconnu, certificat expiré ou émis pour un autre hôte).</translation>
    </message>
    <message>
        <source>The policy server did not answer in time.</source>
        <translation>Le serveur de politiques n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The policy server redirected too often or to an address that is not https.</source>
        <translation>Le serveur de politiques a redirigé trop souvent ou vers une adresse qui n&apos;est pas en https.</translation>
    </message>
    <message>
        <source>The policy server could not be reached.</source>
        <translation>Le serveur de politiques n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>The policy server answered with an error status.</source>
        <translation>Le serveur de politiques a répondu avec un statut d&apos;erreur.</translation>
    </message>
    <message>
        <source>The managed configuration is damaged (it needs policy_url, org and one or two admin_keys); ask your administrator.</source>
        <translation>La configuration gérée est endommagée (elle doit contenir policy_url, org et une ou deux admin_keys) ; adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The policy&apos;s signature is not valid for the pinned admin keys.</source>
        <translation>La signature de la politique n&apos;est pas valide pour les clés d&apos;administrateur épinglées.</translation>
    </message>
    <message>
        <source>The policy is signed but not valid; run scrim-cli policy lint on it.</source>
        <translation>La politique est signée mais n&apos;est pas valide ; vérifiez-la avec scrim-cli policy lint.</translation>
    </message>
    <message>
        <source>The policy was signed for another organisation.</source>
        <translation>La politique a été signée pour une autre organisation.</translation>
    </message>
    <message>
        <source>The policy&apos;s issue time lies in the future; check this computer&apos;s clock.</source>
        <translation>La date d&apos;émission de la politique se situe dans le futur ; vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The policy has expired.</source>
        <translation>La politique a expiré.</translation>
    </message>
    <message>
        <source>The policy is older than the one in force (a lower serial).</source>
        <translation>La politique est plus ancienne que celle en vigueur (serial inférieur).</translation>
    </message>
    <message>
        <source>The policy has the serial of the one in force but different content.</source>
        <translation>La politique a le même serial que celle en vigueur, mais un contenu différent.</translation>
    </message>
    <message>
        <source>The OS keychain is switched off for Scrim, so the key of the encrypted store is kept in a file in Scrim&apos;s data folder that only your user can read. Anyone who can read your files can read the store.</source>
        <translation>Le trousseau du système est désactivé pour Scrim : la clé de la base de données chiffrée est donc gardée dans un fichier du dossier de données de Scrim que seul votre utilisateur peut lire. Quiconque peut lire vos fichiers peut lire la base.</translation>
    </message>
    <message>
        <source>The rules hold too many words and literals to search at once; split the policy&apos;s keyword lists or use a hashed dictionary for long lists.</source>
        <translation>Les règles contiennent trop de mots et de littéraux pour être recherchés en une fois. Scindez les listes de mots-clés de la politique ou utilisez un dictionnaire haché pour les longues listes.</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>With list: how many of the newest events (default 50).</source>
        <translation>Avec list : nombre des événements les plus récents (par défaut : 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>scrim-cli log: %1 See &apos;scrim-cli log --help&apos;.</source>
        <translation>scrim-cli log: %1 Voir &apos;scrim-cli log --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli log: the encrypted store cannot be opened: %1</source>
        <translation>scrim-cli log: impossible d&apos;ouvrir la base de données chiffrée : %1</translation>
    </message>
    <message>
        <source>scrim-cli log: warning: %1</source>
        <translation>scrim-cli log: avertissement : %1</translation>
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
            <numerusform>La chaîne du journal d&apos;audit est intacte : %n événement vérifié.</numerusform>
            <numerusform>La chaîne du journal d&apos;audit est intacte : %n événements vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at event %1: %2. Events before it are intact.</source>
        <translation>La chaîne du journal d&apos;audit est rompue à l&apos;événement %1 : %2. Les événements précédents sont intacts.</translation>
    </message>
    <message>
        <source>scrim-cli log: --limit must be a positive number.</source>
        <translation>scrim-cli log: --limit doit être un nombre positif.</translation>
    </message>
    <message>
        <source>scrim-cli log list: %1</source>
        <translation>scrim-cli log list: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n événement.</numerusform>
            <numerusform>%n événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n event(s) come after the last anchor: had they been cut off, this check could not tell.</source>
        <translation>
            <numerusform>Le dernier événement suit la dernière ancre : s&apos;il avait été coupé, cette vérification ne pourrait pas le voir.</numerusform>
            <numerusform>Les %n derniers événements suivent la dernière ancre : s&apos;ils avaient été coupés, cette vérification ne pourrait pas le voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no audit log yet (nothing has been recorded in %1).</source>
        <translation>Il n&apos;y a pas encore de journal d&apos;audit (rien n&apos;a été enregistré dans %1).</translation>
    </message>
    <message>
        <source>With purge: delete events older than this many days.</source>
        <translation>Avec purge : supprimer les événements plus anciens que ce nombre de jours.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>With export: jsonl (default) or csv.</source>
        <translation>Avec export : jsonl (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>list, verify, export or purge</source>
        <translation>list, verify, export ou purge</translation>
    </message>
    <message>
        <source>scrim-cli log: say what to do: list, verify, export or purge (see &apos;scrim-cli log --help&apos;).</source>
        <translation>scrim-cli log : indiquez quoi faire : list, verify, export ou purge (voir &apos;scrim-cli log --help&apos;).</translation>
    </message>
    <message>
        <source>scrim-cli log export: unknown format &apos;%1&apos;; use jsonl or csv.</source>
        <translation>scrim-cli log export : format inconnu &apos;%1&apos; ; utilisez jsonl ou csv.</translation>
    </message>
    <message>
        <source>scrim-cli log purge: give --older-than-days with a number of days (1 or more).</source>
        <translation>scrim-cli log purge : indiquez --older-than-days avec un nombre de jours (1 ou plus).</translation>
    </message>
    <message>
        <source>scrim-cli log purge: %1</source>
        <translation>scrim-cli log purge : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) older than %1 day(s) deleted; the chain records where it now starts.</source>
        <translation>
            <numerusform>%n événement de plus de %1 jour(s) supprimé ; la chaîne note où elle commence désormais.</numerusform>
            <numerusform>%n événements de plus de %1 jour(s) supprimés ; la chaîne note où elle commence désormais.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli log export: %1</source>
        <translation>scrim-cli log export : %1</translation>
    </message>
    <message>
        <source>Show, verify, export or purge the encrypted audit log (list, verify, export, purge)</source>
        <translation>Afficher, vérifier, exporter ou purger le journal d&apos;audit chiffré (list, verify, export, purge)</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>Scrim notice</source>
        <translation>Notification de Scrim</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Anonymize copy</source>
        <translation>Anonymiser la copie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Give a reason…</source>
        <translation>Donner une justification…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PasteBox</name>
    <message>
        <source>Scrim paste-box</source>
        <translation>Zone de collage de Scrim</translation>
    </message>
    <message>
        <source>Paste or type the text you want to give an AI tool. Sensitive values are highlighted as you type.</source>
        <translation>Collez ou saisissez le texte que vous voulez fournir à un outil d&apos;IA. Les valeurs sensibles sont mises en évidence pendant la saisie.</translation>
    </message>
    <message>
        <source>Nothing sensitive found.</source>
        <translation>Aucune donnée sensible trouvée.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Untick a finding to keep that value as it is.</source>
        <translation>Décochez une détection pour conserver cette valeur telle quelle.</translation>
    </message>
    <message>
        <source>Copy &amp;anonymized</source>
        <translation>Copier la version &amp;anonymisée</translation>
    </message>
    <message>
        <source>Copy &amp;original</source>
        <translation>Copier l&apos;&amp;original</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>The AI tool&apos;s answer:</source>
        <translation>La réponse de l&apos;outil d&apos;IA :</translation>
    </message>
    <message>
        <source>Paste the answer that holds tokens such as [PERSON_1].</source>
        <translation>Collez la réponse qui contient des jetons tels que [PERSON_1].</translation>
    </message>
    <message>
        <source>With your values back:</source>
        <translation>Avec vos valeurs restaurées :</translation>
    </message>
    <message>
        <source>Copy &amp;restored text</source>
        <translation>Copier le &amp;texte restauré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared after %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé au bout de %n seconde s&apos;il contient encore ce texte.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé au bout de %n secondes s&apos;il contient encore ce texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the encrypted store the tokens cannot be restored later.</source>
        <translation>Sans la base de données chiffrée, les jetons ne pourront pas être restaurés plus tard.</translation>
    </message>
    <message>
        <source>The text could not be checked (%1). Treat it as sensitive.</source>
        <translation>Le texte n&apos;a pas pu être vérifié (%1). Considérez-le comme sensible.</translation>
    </message>
    <message>
        <source>Nothing sensitive found in this text.</source>
        <translation>Aucune donnée sensible trouvée dans ce texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive value(s): %1.</source>
        <translation>
            <numerusform>%n valeur sensible : %1.</numerusform>
            <numerusform>%n valeurs sensibles : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text could not be checked (%1); nothing was copied.</source>
        <translation>Le texte n&apos;a pas pu être vérifié (%1) ; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The text could not be anonymized (%1); nothing was copied.</source>
        <translation>Le texte n&apos;a pas pu être anonymisé (%1) ; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Copied; nothing needed replacing.</source>
        <translation>Copié ; rien n&apos;était à remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymized text copied (%n value(s) replaced). To put the values back into the answer, use the Restore tab.</source>
        <translation>
            <numerusform>Texte anonymisé copié (%n valeur remplacée). Pour remettre la valeur dans la réponse, utilisez l&apos;onglet « Restaurer ».</numerusform>
            <numerusform>Texte anonymisé copié (%n valeurs remplacées). Pour remettre les valeurs dans la réponse, utilisez l&apos;onglet « Restaurer ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies the text as it is; the clipboard guard still watches it.</source>
        <translation>Copie le texte tel quel ; la protection du presse-papiers continue de le surveiller.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow copying this text with its original values for AI tools.</source>
        <translation>La politique de votre organisation ne permet pas de copier ce texte avec ses valeurs d&apos;origine pour des outils d&apos;IA.</translation>
    </message>
    <message>
        <source>Original text copied. The clipboard guard still watches where it is pasted.</source>
        <translation>Texte d&apos;origine copié. La protection du presse-papiers continue de surveiller l&apos;endroit où il est collé.</translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation>La restauration nécessite la base de données chiffrée, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>Le coffre n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s).</source>
        <translation>
            <numerusform>%n valeur restaurée.</numerusform>
            <numerusform>%n valeurs restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)
Rule: %3
%4</source>
        <translation>%1 (%2)
Règle : %3
%4</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy requires replacing this value for AI tools.</source>
        <translation>La politique de votre organisation exige de remplacer cette valeur pour les outils d&apos;IA.</translation>
    </message>
    <message>
        <source>The text could not be checked; nothing was copied.</source>
        <translation>Le texte n&apos;a pas pu être vérifié ; rien n&apos;a été copié.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>scrim-cli policy: cannot read &apos;%1&apos;: %2.</source>
        <translation>scrim-cli policy: impossible de lire &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>scrim-cli policy: cannot write &apos;%1&apos;: %2.</source>
        <translation>scrim-cli policy: impossible d&apos;écrire &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4
    fix: %5</source>
        <translation>%1:%2:%3: erreur : %4
    correction : %5</translation>
    </message>
    <message>
        <source>With sign: the private key (PEM) from policy keygen.</source>
        <translation>Avec sign : la clé privée (PEM) créée par policy keygen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With verify: the admin&apos;s public key (PEM).</source>
        <translation>Avec verify : la clé publique de l&apos;administrateur (PEM).</translation>
    </message>
    <message>
        <source>With verify: the signature file (default: FILE.sig).</source>
        <translation>Avec verify : le fichier de signature (par défaut : FILE.sig).</translation>
    </message>
    <message>
        <source>With keygen: where to write PREFIX.key.pem and PREFIX.pub.pem.</source>
        <translation>Avec keygen : où écrire PREFIX.key.pem et PREFIX.pub.pem.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>With hash-terms: the dictionary&apos;s salt (hex); a new one when not given.</source>
        <translation>Avec hash-terms : le sel du dictionnaire (hex) ; un nouveau est généré s&apos;il n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The policy file (hash-terms: a list of terms, one per line).</source>
        <translation>Le fichier de politique (pour hash-terms : une liste de termes, un par ligne).</translation>
    </message>
    <message>
        <source>scrim-cli policy: %1 See &apos;scrim-cli policy --help&apos;.</source>
        <translation>scrim-cli policy: %1 Voir &apos;scrim-cli policy --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli policy %1: give the policy file.</source>
        <translation>scrim-cli policy %1: indiquez le fichier de politique.</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: give --out PREFIX (writes PREFIX.key.pem and PREFIX.pub.pem).</source>
        <translation>scrim-cli policy keygen: indiquez --out PREFIX (écrit PREFIX.key.pem et PREFIX.pub.pem).</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: &apos;%1&apos; or &apos;%2&apos; exists already; a key is never overwritten. Choose another prefix.</source>
        <translation>scrim-cli policy keygen: &apos;%1&apos; ou &apos;%2&apos; existe déjà ; une clé n&apos;est jamais écrasée. Choisissez un autre préfixe.</translation>
    </message>
    <message>
        <source>scrim-cli policy keygen: %1</source>
        <translation>scrim-cli policy keygen: %1</translation>
    </message>
    <message>
        <source>Wrote the private key to %1 (readable by you only: keep it off endpoints) and the public key to %2 (fingerprint %3; pin it in the managed configuration).</source>
        <translation>Clé privée écrite dans %1 (lisible par vous seul : ne la placez pas sur les postes de travail) et clé publique écrite dans %2 (empreinte %3 ; épinglez-la dans la configuration gérée).</translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms: --salt must be at least 32 lower-case hex characters.</source>
        <translation>scrim-cli policy hash-terms: --salt doit comporter au moins 32 caractères hexadécimaux en minuscules.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) hashed. Paste the salt and terms into a dictionary of the policy.</source>
        <translation>
            <numerusform>%n terme haché. Collez le sel et les termes dans un dictionnaire de la politique.</numerusform>
            <numerusform>%n termes hachés. Collez le sel et les termes dans un dictionnaire de la politique.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (serial %2, org &apos;%3&apos;).</source>
        <translation>%1: aucun problème détecté (serial %2, org &apos;%3&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème détecté.</numerusform>
            <numerusform>%n problèmes détectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli policy sign: the policy has problems (above); fix them first: endpoints would reject it.</source>
        <translation>scrim-cli policy sign: la politique présente des problèmes (ci-dessus) ; corrigez-les d&apos;abord : les postes de travail la rejetteraient.</translation>
    </message>
    <message>
        <source>scrim-cli policy sign: give --key with the private key from policy keygen.</source>
        <translation>scrim-cli policy sign: indiquez --key avec la clé privée créée par policy keygen.</translation>
    </message>
    <message>
        <source>scrim-cli policy sign: %1</source>
        <translation>scrim-cli policy sign: %1</translation>
    </message>
    <message>
        <source>Signed: %1 (publish it next to %2).</source>
        <translation>Signé : %1 (publiez-le à côté de %2).</translation>
    </message>
    <message>
        <source>scrim-cli policy verify: give --pubkey with the admin&apos;s public key.</source>
        <translation>scrim-cli policy verify: indiquez --pubkey avec la clé publique de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>scrim-cli policy verify: %1</source>
        <translation>scrim-cli policy verify: %1</translation>
    </message>
    <message>
        <source>BAD signature: %1 was not signed by this key, or it changed after signing.</source>
        <translation>Signature INVALIDE : %1 n&apos;a pas été signé avec cette clé, ou a été modifié après la signature.</translation>
    </message>
    <message>
        <source>Good signature: %1 was signed by the key %2.</source>
        <translation>Signature valide : %1 a été signé avec la clé %2.</translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: %1</source>
        <translation>scrim-cli policy fetch: %1</translation>
    </message>
    <message>
        <source>scrim-cli policy fetch: give --url, --org and --pubkey (or install a managed configuration at %1).</source>
        <translation>scrim-cli policy fetch: indiquez --url, --org et --pubkey (ou installez une configuration gérée dans %1).</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejetée (%1) : %2</translation>
    </message>
    <message>
        <source>Accepted: serial %1 for &apos;%2&apos;, issued %3, signed by a pinned key.</source>
        <translation>Acceptée : serial %1 pour &apos;%2&apos;, émise le %3, signée par une clé épinglée.</translation>
    </message>
    <message>
        <source>Write, check, sign and fetch organisation policies (lint, keygen, sign, verify, hash-terms, show, fetch)</source>
        <translation>Rédiger, vérifier, signer et récupérer les politiques de l&apos;organisation (lint, keygen, sign, verify, hash-terms, show, fetch)</translation>
    </message>
    <message>
        <source>With fetch: the policy&apos;s https address (default: from the managed configuration).</source>
        <translation>Avec fetch : l&apos;adresse https de la politique (par défaut : celle de la configuration gérée).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With fetch: the organisation the policy must be signed for.</source>
        <translation>Avec fetch : l&apos;organisation pour laquelle la politique doit être signée.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>With fetch: an extra CA bundle for the server&apos;s certificate.</source>
        <translation>Avec fetch : un bundle de CA supplémentaire pour le certificat du serveur.</translation>
    </message>
    <message>
        <source>With fetch: allow plain http (tests only).</source>
        <translation>Avec fetch : autoriser le http non chiffré (tests uniquement).</translation>
    </message>
    <message>
        <source>lint, keygen, sign, verify, hash-terms, show or fetch</source>
        <translation>lint, keygen, sign, verify, hash-terms, show ou fetch</translation>
    </message>
    <message>
        <source>scrim-cli policy: say what to do: lint, keygen, sign, verify, hash-terms, show or fetch (see &apos;scrim-cli policy --help&apos;).</source>
        <translation>scrim-cli policy: indiquez quoi faire : lint, keygen, sign, verify, hash-terms, show ou fetch (voir &apos;scrim-cli policy --help&apos;).</translation>
    </message>
</context>
<context>
    <name>PolicyLint</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove it or correct its spelling (see resources/policy.schema.json).</source>
        <translation>Supprimez-le ou corrigez son orthographe (voir resources/policy.schema.json).</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 doit être %2, et non %3</translation>
    </message>
    <message>
        <source>Write the value in the form the schema gives.</source>
        <translation>Écrivez la valeur sous la forme prévue par le schéma.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3</translation>
    </message>
    <message>
        <source>Use a whole number in that range.</source>
        <translation>Utilisez un nombre entier dans cette plage.</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>Give it a value.</source>
        <translation>Donnez-lui une valeur.</translation>
    </message>
    <message>
        <source>%1 must be a UTC time such as 2026-11-27T09:00:00Z</source>
        <translation>%1 doit être une heure UTC, par exemple 2026-11-27T09:00:00Z</translation>
    </message>
    <message>
        <source>Write the time in ISO 8601 with a Z at the end.</source>
        <translation>Écrivez l&apos;heure au format ISO 8601 avec un Z à la fin.</translation>
    </message>
    <message>
        <source>the pattern of %1 does not compile: %2</source>
        <translation>le motif de %1 ne se compile pas : %2</translation>
    </message>
    <message>
        <source>Use RE2 syntax: no look-around, no back-references (https://github.com/google/re2/wiki/Syntax).</source>
        <translation>Utilisez la syntaxe RE2 : pas d&apos;assertions avant ou arrière (look-around), pas de références arrière (https://github.com/google/re2/wiki/Syntax).</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>catégorie inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</source>
        <translation>Utilisez l&apos;une de ces valeurs : SECRET, PCI, PHI, PII, CONFIDENTIAL, INJECTION.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of allow, warn, anonymize, block, justify.</source>
        <translation>Utilisez l&apos;une de ces valeurs : allow, warn, anonymize, block, justify.</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>opérateur inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use one of token, surrogate, mask, redact, hash.</source>
        <translation>Utilisez l&apos;une de ces valeurs : token, surrogate, mask, redact, hash.</translation>
    </message>
    <message>
        <source>a custom rule has no &quot;id&quot;</source>
        <translation>une règle personnalisée n&apos;a pas de champ &quot;id&quot;</translation>
    </message>
    <message>
        <source>Give every custom rule a unique id, such as &quot;project-codes&quot;.</source>
        <translation>Attribuez un identifiant unique à chaque règle personnalisée, par exemple &quot;project-codes&quot;.</translation>
    </message>
    <message>
        <source>custom rule id &quot;%1&quot; is used twice</source>
        <translation>l&apos;identifiant de règle personnalisée &quot;%1&quot; est utilisé deux fois</translation>
    </message>
    <message>
        <source>Give every custom rule a unique id.</source>
        <translation>Attribuez un identifiant unique à chaque règle personnalisée.</translation>
    </message>
    <message>
        <source>%1 has no &quot;pattern&quot;</source>
        <translation>%1 n&apos;a pas de champ &quot;pattern&quot;</translation>
    </message>
    <message>
        <source>Add an RE2 pattern.</source>
        <translation>Ajoutez un motif RE2.</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; in %2</source>
        <translation>type inconnu &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>Use a type of the benchmark vocabulary, e.g. OTHER_ID or ORG_CONFIDENTIAL.</source>
        <translation>Utilisez un type du vocabulaire du benchmark, par exemple OTHER_ID ou ORG_CONFIDENTIAL.</translation>
    </message>
    <message>
        <source>unknown validator &quot;%1&quot; in %2</source>
        <translation>validateur inconnu &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>Use null or a validator that scrim-cli rules --format json lists.</source>
        <translation>Utilisez null ou un validateur listé par scrim-cli rules --format json.</translation>
    </message>
    <message>
        <source>min_score must be from 0 to 1</source>
        <translation>min_score doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>0.5 is a sensible start.</source>
        <translation>0.5 est une bonne valeur de départ.</translation>
    </message>
    <message>
        <source>dictionary &quot;%1&quot; needs a salt of at least 32 lower-case hex characters</source>
        <translation>le dictionnaire &quot;%1&quot; nécessite un sel d&apos;au moins 32 caractères hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>scrim-cli policy hash-terms writes a fresh salt with the hashes.</source>
        <translation>scrim-cli policy hash-terms écrit un nouveau sel avec les hachages.</translation>
    </message>
    <message>
        <source>an entry of dictionary &quot;%1&quot; is not a hash</source>
        <translation>une entrée du dictionnaire &quot;%1&quot; n&apos;est pas un hachage</translation>
    </message>
    <message>
        <source>Terms are stored as salted SHA-256 hashes, never as text: turn the plain list into hashes with scrim-cli policy hash-terms.</source>
        <translation>Les termes sont stockés sous forme de hachages SHA-256 salés, jamais en clair : convertissez la liste en clair en hachages avec scrim-cli policy hash-terms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Give the host only, in lower case: chat.example.com (no scheme, path or port).</source>
        <translation>Indiquez uniquement l&apos;hôte, en minuscules : chat.example.com (sans schéma, chemin ni port).</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at this place.</source>
        <translation>Corrigez la syntaxe JSON à cet endroit.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is missing</source>
        <translation>&quot;schema_version&quot; est absent</translation>
    </message>
    <message>
        <source>Add &quot;schema_version&quot;: 1.</source>
        <translation>Ajoutez &quot;schema_version&quot;: 1.</translation>
    </message>
    <message>
        <source>schema version %1 is not known to this Scrim (it knows %2)</source>
        <translation>la version de schéma %1 est inconnue de cette version de Scrim (elle connaît %2)</translation>
    </message>
    <message>
        <source>Write the policy for schema version 1, or update Scrim first.</source>
        <translation>Rédigez la politique pour la version de schéma 1, ou mettez d&apos;abord Scrim à jour.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>Every policy states its serial, issued_at and org.</source>
        <translation>Chaque politique indique ses champs serial, issued_at et org.</translation>
    </message>
    <message>
        <source>expires_at is not after issued_at</source>
        <translation>expires_at n&apos;est pas postérieur à issued_at</translation>
    </message>
    <message>
        <source>Set an expiry after the issue time, or null for none.</source>
        <translation>Définissez une expiration postérieure à la date d&apos;émission, ou null pour aucune.</translation>
    </message>
    <message>
        <source>unknown on_expiry &quot;%1&quot;</source>
        <translation>valeur on_expiry inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use keep_last or strict.</source>
        <translation>Utilisez keep_last ou strict.</translation>
    </message>
    <message>
        <source>unknown test_values &quot;%1&quot;</source>
        <translation>valeur test_values inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use flag or ignore.</source>
        <translation>Utilisez flag ou ignore.</translation>
    </message>
</context>
<context>
    <name>PolicyStatusWindow</name>
    <message>
        <source>Scrim policy status</source>
        <translation>État de la politique de Scrim</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Built-in default policy (no managed configuration on this computer)</source>
        <translation>Politique par défaut intégrée (aucune configuration gérée sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Not needed: the built-in policy is part of Scrim itself</source>
        <translation>Inutile : la politique intégrée fait partie de Scrim lui-même</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>serial %1, issued %2</source>
        <translation>serial %1, émise le %2</translation>
    </message>
    <message>
        <source>none received yet; the built-in default policy applies</source>
        <translation>aucune reçue pour l&apos;instant ; la politique par défaut intégrée s&apos;applique</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>%1 (expired; on_expiry: %2)</source>
        <translation>%1 (expirée ; on_expiry : %2)</translation>
    </message>
    <message>
        <source>verified with a pinned admin key (%1)</source>
        <translation>vérifiée avec une clé d&apos;administrateur épinglée (%1)</translation>
    </message>
    <message>
        <source>pinned admin keys: %1</source>
        <translation>clés d&apos;administrateur épinglées : %1</translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Next fetch</source>
        <translation>Prochaine récupération</translation>
    </message>
    <message>
        <source>at the next start</source>
        <translation>au prochain démarrage</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the original text</source>
        <translation>Justification pour le texte d&apos;origine</translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text goes back on the clipboard. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation>Votre organisation demande une justification avant que le texte d&apos;origine ne revienne dans le presse-papiers. La justification est enregistrée dans le journal d&apos;audit ; les valeurs sensibles qu&apos;elle contient sont d&apos;abord supprimées.</translation>
    </message>
    <message>
        <source>Your organisation asks for a reason before the original text can go to %1. The reason is recorded in the audit log; sensitive values in it are removed first.</source>
        <translation>Votre organisation demande une justification avant que le texte d&apos;origine puisse être envoyé à %1. La justification est enregistrée dans le journal d&apos;audit ; les valeurs sensibles qu&apos;elle contient sont d&apos;abord supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>Why is the original needed? (at least %n character(s))</source>
        <translation>
            <numerusform>Pourquoi l&apos;original est-il nécessaire ? (au moins %n caractère)</numerusform>
            <numerusform>Pourquoi l&apos;original est-il nécessaire ? (au moins %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Restaurer l&apos;original</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put the original values back into an AI&apos;s answer</source>
        <translation>Remettre les valeurs d&apos;origine dans la réponse d&apos;une IA</translation>
    </message>
    <message>
        <source>The vault session the tokens came from (default: default).</source>
        <translation>La session du coffre dont proviennent les jetons (par défaut : default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print JSON: the restored text and what was reported.</source>
        <translation>Afficher du JSON : le texte restauré et ce qui a été signalé.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The AI&apos;s answer; - or nothing reads standard input.</source>
        <translation>La réponse de l&apos;IA ; avec - ou sans argument, l&apos;entrée standard est lue.</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>scrim-cli restore: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli restore: indiquez un seul fichier (ou - pour l&apos;entrée standard), pas %1.</translation>
    </message>
    <message>
        <source>scrim-cli restore: %1</source>
        <translation>scrim-cli restore: %1</translation>
    </message>
    <message>
        <source>scrim-cli restore: the audit log could not record this, so nothing was printed: %1</source>
        <translation>scrim-cli restore: le journal d&apos;audit n&apos;a pas pu enregistrer cette opération ; rien n&apos;a donc été affiché : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) restored.</source>
        <translation>
            <numerusform>%n jeton restauré.</numerusform>
            <numerusform>%n jetons restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; has %2: its originals were deleted, so its tokens stay as they are.</source>
        <translation>La session &apos;%1&apos; %2 : ses valeurs d&apos;origine ont été supprimées ; ses jetons restent donc tels quels.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>a expiré</translation>
    </message>
    <message>
        <source>been forgotten</source>
        <translation>a été oubliée</translation>
    </message>
    <message>
        <source>Left as they are (their originals expired or were forgotten): %1</source>
        <translation>Laissés tels quels (leurs valeurs d&apos;origine ont expiré ou ont été oubliées) : %1</translation>
    </message>
    <message>
        <source>Left as they are (session &apos;%1&apos; never issued them): %2</source>
        <translation>Laissés tels quels (la session &apos;%1&apos; ne les a jamais émis) : %2</translation>
    </message>
    <message numerus="yes">
        <source>The answer contains %n sensitive value(s) that did not come from this session:</source>
        <translation>
            <numerusform>La réponse contient %n valeur sensible qui ne provient pas de cette session :</numerusform>
            <numerusform>La réponse contient %n valeurs sensibles qui ne proviennent pas de cette session :</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no vault yet, so there is nothing to restore; the text was left as it is. Anonymize a text first.</source>
        <translation>scrim-cli restore: il n&apos;y a pas encore de coffre, il n&apos;y a donc rien à restaurer ; le texte a été laissé tel quel. Anonymisez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>scrim-cli restore: there is no session &apos;%1&apos;, so the text was left as it is. &apos;scrim-cli session list&apos; shows the sessions.</source>
        <translation>scrim-cli restore: il n&apos;y a pas de session &apos;%1&apos; ; le texte a donc été laissé tel quel. &apos;scrim-cli session list&apos; affiche les sessions.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number in international (E.164) form</source>
        <translation>Numéro de téléphone au format international (E.164)</translation>
    </message>
    <message>
        <source>US Social Security number</source>
        <translation>Numéro de sécurité sociale américain</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <source>Payment card number (known issuer, valid Luhn checksum)</source>
        <translation>Numéro de carte de paiement (émetteur connu, somme de contrôle Luhn valide)</translation>
    </message>
    <message>
        <source>IBAN with a valid mod-97 check</source>
        <translation>IBAN avec une clé de contrôle mod-97 valide</translation>
    </message>
    <message>
        <source>GitHub access token</source>
        <translation>Jeton d&apos;accès GitHub</translation>
    </message>
    <message>
        <source>Private key (PEM / OpenSSH / PGP block)</source>
        <translation>Clé privée (bloc PEM / OpenSSH / PGP)</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Nine-digit number near words such as &apos;SSN&apos; or &apos;social security&apos;</source>
        <translation>Nombre à neuf chiffres à proximité de mots tels que &apos;SSN&apos; ou &apos;social security&apos;</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>Identifiant de clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>Confidentiality marking</source>
        <translation>Mention de confidentialité</translation>
    </message>
    <message>
        <source>Text that tries to override an AI assistant&apos;s instructions</source>
        <translation>Texte qui tente d&apos;outrepasser les instructions d&apos;un assistant d&apos;IA</translation>
    </message>
    <message>
        <source>US phone number (NANP format)</source>
        <translation>Numéro de téléphone américain (format NANP)</translation>
    </message>
    <message>
        <source>Phone number in national format (trunk prefix 0)</source>
        <translation>Numéro de téléphone au format national (préfixe 0)</translation>
    </message>
    <message>
        <source>Digits next to words such as &apos;phone&apos; or &apos;mobile&apos;</source>
        <translation>Chiffres à côté de mots tels que &apos;phone&apos; ou &apos;mobile&apos;</translation>
    </message>
    <message>
        <source>Medical condition or diagnosis</source>
        <translation>Pathologie ou diagnostic</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Nom de médicament</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Numéro de dossier médical</translation>
    </message>
    <message>
        <source>ICD-10 diagnosis code next to diagnosis words</source>
        <translation>Code de diagnostic ICD-10 à côté de termes de diagnostic</translation>
    </message>
    <message>
        <source>US Individual Taxpayer Identification Number (ITIN)</source>
        <translation>Numéro d&apos;identification fiscale individuel américain (ITIN)</translation>
    </message>
    <message>
        <source>Nine-digit ITIN near words such as &apos;ITIN&apos; or &apos;tax id&apos;</source>
        <translation>ITIN à neuf chiffres à proximité de mots tels que &apos;ITIN&apos; ou &apos;tax id&apos;</translation>
    </message>
    <message>
        <source>US Medicare Beneficiary Identifier (MBI)</source>
        <translation>Identifiant de bénéficiaire Medicare américain (MBI)</translation>
    </message>
    <message>
        <source>US National Provider Identifier (NPI) near the word &apos;NPI&apos;</source>
        <translation>Identifiant national de professionnel de santé américain (NPI) à proximité du mot &apos;NPI&apos;</translation>
    </message>
    <message>
        <source>Driver&apos;s license number near words such as &apos;driver&apos;s license&apos;</source>
        <translation>Numéro de permis de conduire à proximité de mots tels que &apos;driver&apos;s license&apos;</translation>
    </message>
    <message>
        <source>Passport number near the word &apos;passport&apos;</source>
        <translation>Numéro de passeport à proximité du mot &apos;passport&apos;</translation>
    </message>
    <message>
        <source>UK National Insurance number</source>
        <translation>Numéro de sécurité sociale britannique (National Insurance Number)</translation>
    </message>
    <message>
        <source>UK NHS number with a valid mod-11 check digit</source>
        <translation>Numéro NHS britannique avec un chiffre de contrôle mod-11 valide</translation>
    </message>
    <message>
        <source>Ten-digit NHS number (valid check digit) near the word &apos;NHS&apos;</source>
        <translation>Numéro NHS à dix chiffres (chiffre de contrôle valide) à proximité du mot &apos;NHS&apos;</translation>
    </message>
    <message>
        <source>UK (DVLA) driving licence number</source>
        <translation>Numéro de permis de conduire britannique (DVLA)</translation>
    </message>
    <message>
        <source>UK vehicle registration (current format)</source>
        <translation>Plaque d&apos;immatriculation britannique (format actuel)</translation>
    </message>
    <message>
        <source>Swedish personnummer or samordningsnummer (valid date and check digit)</source>
        <translation>Personnummer ou samordningsnummer suédois (date et chiffre de contrôle valides)</translation>
    </message>
    <message>
        <source>Swedish organisationsnummer (company number, valid check digit)</source>
        <translation>Organisationsnummer suédois (numéro d&apos;entreprise, chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>German tax identification number (Steuer-ID, valid check digit)</source>
        <translation>Numéro d&apos;identification fiscale allemand (Steuer-ID, chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>German tax number (Steuernummer) in the states&apos; format</source>
        <translation>Numéro fiscal allemand (Steuernummer) au format des Länder</translation>
    </message>
    <message>
        <source>Thirteen-digit German tax number near the word &apos;Steuernummer&apos;</source>
        <translation>Numéro fiscal allemand à treize chiffres à proximité du mot &apos;Steuernummer&apos;</translation>
    </message>
    <message>
        <source>German VAT number (USt-IdNr., valid check digit)</source>
        <translation>Numéro de TVA allemand (USt-IdNr., chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>German health insurance number (KVNR, valid check digit)</source>
        <translation>Numéro d&apos;assurance maladie allemand (KVNR, chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>German pension insurance number (valid birth date and check digit)</source>
        <translation>Numéro d&apos;assurance retraite allemand (date de naissance et chiffre de contrôle valides)</translation>
    </message>
    <message>
        <source>German ID card number near the word &apos;Personalausweis&apos;</source>
        <translation>Numéro de carte d&apos;identité allemande à proximité du mot &apos;Personalausweis&apos;</translation>
    </message>
    <message>
        <source>German driving licence number near the word &apos;Führerschein&apos;</source>
        <translation>Numéro de permis de conduire allemand à proximité du mot &apos;Führerschein&apos;</translation>
    </message>
    <message>
        <source>German physician number (LANR, valid check digit) near &apos;LANR&apos;</source>
        <translation>Numéro de médecin allemand (LANR, chiffre de contrôle valide) à proximité de &apos;LANR&apos;</translation>
    </message>
    <message>
        <source>German commercial register number (HRA/HRB)</source>
        <translation>Numéro au registre du commerce allemand (HRA/HRB)</translation>
    </message>
    <message>
        <source>German vehicle registration plate</source>
        <translation>Plaque d&apos;immatriculation allemande</translation>
    </message>
    <message>
        <source>French social security number (NIR, valid key)</source>
        <translation>Numéro de sécurité sociale français (NIR, clé valide)</translation>
    </message>
    <message>
        <source>French company number (SIREN/SIRET) near the word &apos;SIREN&apos; or &apos;SIRET&apos;</source>
        <translation>Numéro d&apos;entreprise français (SIREN/SIRET) à proximité des mots &apos;SIREN&apos; ou &apos;SIRET&apos;</translation>
    </message>
    <message>
        <source>French VAT number (valid key)</source>
        <translation>Numéro de TVA intracommunautaire français (clé valide)</translation>
    </message>
    <message>
        <source>Finnish personal identity code (valid date and check character)</source>
        <translation>Numéro d&apos;identité personnel finlandais (date et caractère de contrôle valides)</translation>
    </message>
    <message>
        <source>Spanish DNI/NIF or NIE (valid check letter)</source>
        <translation>DNI/NIF ou NIE espagnol (lettre de contrôle valide)</translation>
    </message>
    <message>
        <source>Turkish identity number (T.C. Kimlik No, valid check digits)</source>
        <translation>Numéro d&apos;identité turc (T.C. Kimlik No, chiffres de contrôle valides)</translation>
    </message>
    <message>
        <source>Canadian Social Insurance Number (valid Luhn checksum)</source>
        <translation>Numéro d&apos;assurance sociale canadien (somme de contrôle Luhn valide)</translation>
    </message>
    <message>
        <source>Polish PESEL number (valid date and check digit)</source>
        <translation>Numéro PESEL polonais (date et chiffre de contrôle valides)</translation>
    </message>
    <message>
        <source>South African ID number (valid date and Luhn checksum)</source>
        <translation>Numéro d&apos;identité sud-africain (date et somme de contrôle Luhn valides)</translation>
    </message>
    <message>
        <source>Singapore NRIC/FIN (valid check letter)</source>
        <translation>NRIC/FIN singapourien (lettre de contrôle valide)</translation>
    </message>
    <message>
        <source>Date next to words such as &apos;date of birth&apos; or &apos;born&apos;</source>
        <translation>Date à côté de mots tels que &apos;date of birth&apos; ou &apos;born&apos;</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Adresse IPv6</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Web address (URL)</source>
        <translation>Adresse web (URL)</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <source>US ABA routing number (valid checksum)</source>
        <translation>Numéro de routage bancaire ABA américain (somme de contrôle valide)</translation>
    </message>
    <message>
        <source>UK bank sort code near the words &apos;sort code&apos;</source>
        <translation>Code guichet britannique (sort code) à proximité des mots &apos;sort code&apos;</translation>
    </message>
    <message>
        <source>Bank account number near words such as &apos;account&apos; or &apos;acct&apos;</source>
        <translation>Numéro de compte bancaire à proximité de mots tels que &apos;account&apos; ou &apos;acct&apos;</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Nom d&apos;une personne</translation>
    </message>
    <message>
        <source>Name after a title (Mr, Dr, …)</source>
        <translation>Nom après une civilité (Mme, Dr, …)</translation>
    </message>
    <message>
        <source>Name under a sign-off</source>
        <translation>Nom sous une formule de politesse</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Clé d&apos;accès secrète AWS</translation>
    </message>
    <message>
        <source>Amazon Bedrock API key</source>
        <translation>Clé API Amazon Bedrock</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Clé API Google</translation>
    </message>
    <message>
        <source>Google Cloud service-account key file</source>
        <translation>Fichier de clé de compte de service Google Cloud</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (Azure AD) client secret</source>
        <translation>Secret client Microsoft Entra ID (Azure AD)</translation>
    </message>
    <message>
        <source>Azure Storage account key</source>
        <translation>Clé de compte Azure Storage</translation>
    </message>
    <message>
        <source>Cloudflare Origin CA key</source>
        <translation>Clé Cloudflare Origin CA</translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation>Clé API Heroku</translation>
    </message>
    <message>
        <source>Heroku API key (UUID form)</source>
        <translation>Clé API Heroku (format UUID)</translation>
    </message>
    <message>
        <source>Fly.io access token</source>
        <translation>Jeton d&apos;accès Fly.io</translation>
    </message>
    <message>
        <source>Scalingo API token</source>
        <translation>Jeton API Scalingo</translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation>Jeton d&apos;accès Databricks</translation>
    </message>
    <message>
        <source>ClickHouse Cloud API secret key</source>
        <translation>Clé API secrète ClickHouse Cloud</translation>
    </message>
    <message>
        <source>HashiCorp Terraform Cloud API token</source>
        <translation>Jeton API HashiCorp Terraform Cloud</translation>
    </message>
    <message>
        <source>HashiCorp Vault token</source>
        <translation>Jeton HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault service token (legacy form)</source>
        <translation>Jeton de service HashiCorp Vault (ancien format)</translation>
    </message>
    <message>
        <source>OpenShift user token</source>
        <translation>Jeton utilisateur OpenShift</translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation>Jeton GitLab</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>Jeton d&apos;accès npm</translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation>Jeton de téléversement PyPI</translation>
    </message>
    <message>
        <source>Clojars deploy token</source>
        <translation>Jeton de déploiement Clojars</translation>
    </message>
    <message>
        <source>SonarQube / SonarCloud token</source>
        <translation>Jeton SonarQube / SonarCloud</translation>
    </message>
    <message>
        <source>Snyk API token</source>
        <translation>Jeton API Snyk</translation>
    </message>
    <message>
        <source>Sourcegraph access token</source>
        <translation>Jeton d&apos;accès Sourcegraph</translation>
    </message>
    <message>
        <source>Octopus Deploy API key</source>
        <translation>Clé API Octopus Deploy</translation>
    </message>
    <message>
        <source>Infracost API token</source>
        <translation>Jeton API Infracost</translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation>Jeton d&apos;authentification Sentry</translation>
    </message>
    <message>
        <source>Grafana Cloud or service-account token</source>
        <translation>Jeton Grafana Cloud ou de compte de service Grafana</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé API OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé API Anthropic</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Jeton d&apos;accès Hugging Face</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Clé API Perplexity</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Jeton Slack</translation>
    </message>
    <message>
        <source>Slack incoming-webhook URL</source>
        <translation>URL de webhook entrant Slack</translation>
    </message>
    <message>
        <source>Stripe secret or restricted key</source>
        <translation>Clé secrète ou restreinte Stripe</translation>
    </message>
    <message>
        <source>Square access token or application secret</source>
        <translation>Jeton d&apos;accès ou secret d&apos;application Square</translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation>Clé API Twilio</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d&apos;authentification Twilio</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>Clé API SendGrid</translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation>Clé API Mailchimp</translation>
    </message>
    <message>
        <source>HubSpot API key</source>
        <translation>Clé API HubSpot</translation>
    </message>
    <message>
        <source>MessageBird API key or client ID</source>
        <translation>Clé API ou identifiant client MessageBird</translation>
    </message>
    <message>
        <source>Notion integration token</source>
        <translation>Jeton d&apos;intégration Notion</translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation>Jeton API Atlassian</translation>
    </message>
    <message>
        <source>Okta API token</source>
        <translation>Jeton API Okta</translation>
    </message>
    <message>
        <source>Sumo Logic access ID</source>
        <translation>Identifiant d&apos;accès Sumo Logic</translation>
    </message>
    <message>
        <source>Sumo Logic access key</source>
        <translation>Clé d&apos;accès Sumo Logic</translation>
    </message>
    <message>
        <source>MaxMind license key</source>
        <translation>Clé de licence MaxMind</translation>
    </message>
    <message>
        <source>42 Intra API client secret</source>
        <translation>Secret client de l&apos;API 42 Intra</translation>
    </message>
    <message>
        <source>Facebook / Meta access token</source>
        <translation>Jeton d&apos;accès Facebook / Meta</translation>
    </message>
    <message>
        <source>Facebook app secret</source>
        <translation>Secret d&apos;application Facebook</translation>
    </message>
    <message>
        <source>1Password service-account token</source>
        <translation>Jeton de compte de service 1Password</translation>
    </message>
    <message>
        <source>1Password account secret key</source>
        <translation>Clé secrète de compte 1Password</translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation>Clé secrète de chiffrement age</translation>
    </message>
    <message>
        <source>Database or service URL with a password</source>
        <translation>URL de base de données ou de service contenant un mot de passe</translation>
    </message>
    <message>
        <source>User name and password in a web address</source>
        <translation>Nom d&apos;utilisateur et mot de passe dans une adresse web</translation>
    </message>
    <message>
        <source>Connection string with a password</source>
        <translation>Chaîne de connexion contenant un mot de passe</translation>
    </message>
    <message>
        <source>Bundler gem-server credentials</source>
        <translation>Identifiants de serveur de gems (Bundler)</translation>
    </message>
    <message>
        <source>Password given to curl on the command line</source>
        <translation>Mot de passe transmis à curl en ligne de commande</translation>
    </message>
    <message>
        <source>Credential in an HTTP Authorization header</source>
        <translation>Identifiant dans un en-tête HTTP Authorization</translation>
    </message>
    <message>
        <source>API key or token in an HTTP request header</source>
        <translation>Clé API ou jeton dans un en-tête de requête HTTP</translation>
    </message>
    <message>
        <source>Password, key or token assigned to a setting, with a random-looking value</source>
        <translation>Mot de passe, clé ou jeton affecté à un paramètre, avec une valeur d&apos;apparence aléatoire</translation>
    </message>
    <message>
        <source>Bitcoin address (valid base58check checksum)</source>
        <translation>Adresse Bitcoin (somme de contrôle base58check valide)</translation>
    </message>
    <message>
        <source>Bitcoin SegWit address (valid bech32 checksum)</source>
        <translation>Adresse Bitcoin SegWit (somme de contrôle bech32 valide)</translation>
    </message>
    <message>
        <source>Ethereum address</source>
        <translation>Adresse Ethereum</translation>
    </message>
    <message>
        <source>Korean resident registration number (RRN, valid date and check digit)</source>
        <translation>Numéro d&apos;enregistrement de résident sud-coréen (RRN, date et chiffre de contrôle valides)</translation>
    </message>
    <message>
        <source>Korean foreigner registration number (valid date and check digit)</source>
        <translation>Numéro d&apos;enregistrement d&apos;étranger sud-coréen (date et chiffre de contrôle valides)</translation>
    </message>
    <message>
        <source>Thai national ID number (valid province code and check digit)</source>
        <translation>Numéro d&apos;identité national thaïlandais (code de province et chiffre de contrôle valides)</translation>
    </message>
    <message>
        <source>Indian Aadhaar number (valid Verhoeff check digit)</source>
        <translation>Numéro Aadhaar indien (chiffre de contrôle Verhoeff valide)</translation>
    </message>
    <message>
        <source>Indian Permanent Account Number (PAN)</source>
        <translation>Numéro de compte permanent indien (Permanent Account Number, PAN)</translation>
    </message>
    <message>
        <source>Indian GST identification number (GSTIN, valid check character)</source>
        <translation>Numéro d&apos;identification GST indien (GSTIN, caractère de contrôle valide)</translation>
    </message>
    <message>
        <source>Italian fiscal code (codice fiscale, valid check letter)</source>
        <translation>Code fiscal italien (codice fiscale, lettre de contrôle valide)</translation>
    </message>
    <message>
        <source>Australian tax file number (TFN, valid check digit)</source>
        <translation>Numéro fiscal australien (TFN, chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>Australian Medicare card number (valid check digit)</source>
        <translation>Numéro de carte Medicare australien (chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>Australian Business Number (ABN, valid mod-89 check)</source>
        <translation>Numéro d&apos;entreprise australien (ABN, clé de contrôle mod-89 valide)</translation>
    </message>
    <message>
        <source>Australian Company Number (ACN, valid check digit) near the word &apos;ACN&apos;</source>
        <translation>Numéro de société australien (ACN, chiffre de contrôle valide) à proximité du mot &apos;ACN&apos;</translation>
    </message>
    <message>
        <source>Nigerian National Identification Number (NIN) near the word &apos;NIN&apos;</source>
        <translation>Numéro d&apos;identification national nigérian (NIN) à proximité du mot &apos;NIN&apos;</translation>
    </message>
    <message>
        <source>Singapore Unique Entity Number (UEN, valid check letter)</source>
        <translation>Numéro d&apos;entité unique singapourien (UEN, lettre de contrôle valide)</translation>
    </message>
    <message>
        <source>The same value as one found before</source>
        <translation>La même valeur qu&apos;une valeur trouvée précédemment</translation>
    </message>
    <message>
        <source>Matches a rule of your organisation&apos;s policy</source>
        <translation>Correspond à une règle de la politique de votre organisation</translation>
    </message>
    <message>
        <source>A term of your organisation&apos;s dictionary</source>
        <translation>Un terme du dictionnaire de votre organisation</translation>
    </message>
    <message>
        <source>Street address (house number, street name and type)</source>
        <translation>Adresse postale (numéro, nom et type de voie)</translation>
    </message>
    <message>
        <source>Street address (German format)</source>
        <translation>Adresse postale (format allemand)</translation>
    </message>
    <message>
        <source>Street address (Swedish format)</source>
        <translation>Adresse postale (format suédois)</translation>
    </message>
    <message>
        <source>Street address (French format)</source>
        <translation>Adresse postale (format français)</translation>
    </message>
    <message>
        <source>UK postcode</source>
        <translation>Code postal britannique (postcode)</translation>
    </message>
    <message>
        <source>Postal code next to a word such as &apos;ZIP&apos; or &apos;PLZ&apos;</source>
        <translation>Code postal à côté d’un mot comme « ZIP » ou « PLZ »</translation>
    </message>
    <message>
        <source>Name a person gives (&quot;my name is …&quot;)</source>
        <translation>Nom qu’une personne donne (« je m’appelle … »)</translation>
    </message>
    <message>
        <source>Street address in lower case, next to a word such as &apos;address&apos; or &apos;ship to&apos;</source>
        <translation>Adresse postale en minuscules, près d’un mot comme « adresse » ou « ship to »</translation>
    </message>
    <message>
        <source>Password written after a word such as &apos;password&apos;, &apos;Passwort&apos;, &apos;lösenord&apos; or &apos;mot de passe&apos;</source>
        <translation>Mot de passe écrit après un mot comme « password », « Passwort », « lösenord » ou « mot de passe »</translation>
    </message>
    <message>
        <source>US DEA registration number (valid check digit) near the word &apos;DEA&apos;</source>
        <translation>Numéro d’enregistrement DEA américain (chiffre de contrôle valide) près du mot « DEA »</translation>
    </message>
    <message>
        <source>Phone number in international form with the 00 prefix</source>
        <translation>Numéro de téléphone au format international avec le préfixe 00</translation>
    </message>
    <message>
        <source>Name of a person, in capitals</source>
        <translation>Nom d’une personne, en majuscules</translation>
    </message>
    <message>
        <source>Korean business registration number (valid check digit)</source>
        <translation>Numéro d’immatriculation d’entreprise coréen (chiffre de contrôle valide)</translation>
    </message>
    <message>
        <source>Korean driver&apos;s license number</source>
        <translation>Numéro de permis de conduire coréen</translation>
    </message>
    <message>
        <source>Indian voter ID (EPIC) near the word &apos;voter&apos;</source>
        <translation>Carte d’électeur indienne (EPIC) près du mot « voter »</translation>
    </message>
    <message>
        <source>Indian vehicle registration number near a word such as &apos;vehicle&apos;</source>
        <translation>Immatriculation de véhicule indienne près d’un mot comme « vehicle »</translation>
    </message>
    <message>
        <source>Nigerian vehicle registration near a word such as &apos;plate&apos;</source>
        <translation>Immatriculation nigériane près d’un mot comme « plate »</translation>
    </message>
    <message>
        <source>Turkish licence plate near a word such as &apos;plaka&apos;</source>
        <translation>Plaque d’immatriculation turque près d’un mot comme « plaka »</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>Date du calendrier</translation>
    </message>
    <message>
        <source>Phone number in 3-3-2-2 groups (Turkish format)</source>
        <translation>Numéro de téléphone en groupes 3-3-2-2 (format turc)</translation>
    </message>
    <message>
        <source>Azure Storage connection string with an account key or a shared access signature</source>
        <translation>Chaîne de connexion Azure Storage avec une clé de compte ou une signature d&apos;accès partagé</translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation>Secret client OAuth Google</translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation>Jeton d&apos;accès OAuth Google</translation>
    </message>
    <message>
        <source>DigitalOcean access or refresh token</source>
        <translation>Jeton d&apos;accès ou de renouvellement DigitalOcean</translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation>Jeton d&apos;accès Pulumi</translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation>Clé d&apos;API Postman</translation>
    </message>
    <message>
        <source>Doppler access token</source>
        <translation>Jeton d&apos;accès Doppler</translation>
    </message>
    <message>
        <source>Linear API key or OAuth token</source>
        <translation>Clé d&apos;API ou jeton OAuth Linear</translation>
    </message>
    <message>
        <source>Anthropic (Claude) OAuth token</source>
        <translation>Jeton OAuth Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Shopify access token or shared secret</source>
        <translation>Jeton d&apos;accès ou secret partagé Shopify</translation>
    </message>
    <message>
        <source>HubSpot private app access token</source>
        <translation>Jeton d&apos;accès d&apos;application privée HubSpot</translation>
    </message>
    <message>
        <source>Private key (PuTTY key file)</source>
        <translation>Clé privée (fichier de clé PuTTY)</translation>
    </message>
    <message>
        <source>AWS temporary session token</source>
        <translation>Jeton de session temporaire AWS</translation>
    </message>
    <message>
        <source>Private key (PEM block encoded in base64)</source>
        <translation>Clé privée (bloc PEM encodé en base64)</translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation>Mot de passe dans une entrée .netrc</translation>
    </message>
    <message>
        <source>Card security code (CVV / CVC) after its label</source>
        <translation>Cryptogramme de carte (CVV / CVC) après son libellé</translation>
    </message>
    <message>
        <source>Card expiry date after its label, near a card</source>
        <translation>Date d&apos;expiration de carte après son libellé, près d&apos;une carte</translation>
    </message>
    <message>
        <source>Card number with its expiry date (and security code)</source>
        <translation>Numéro de carte avec sa date d&apos;expiration (et son cryptogramme)</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Jeton de bot Telegram</translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation>Jeton d&apos;accès Docker Hub</translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation>Clé d&apos;API RubyGems</translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation>Clé d&apos;API NuGet</translation>
    </message>
    <message>
        <source>Supabase access token</source>
        <translation>Jeton d&apos;accès Supabase</translation>
    </message>
    <message>
        <source>PlanetScale token or password</source>
        <translation>Jeton ou mot de passe PlanetScale</translation>
    </message>
    <message>
        <source>Buildkite API token</source>
        <translation>Jeton d&apos;API Buildkite</translation>
    </message>
    <message>
        <source>Figma access token</source>
        <translation>Jeton d&apos;accès Figma</translation>
    </message>
    <message>
        <source>Contentful management token</source>
        <translation>Jeton de gestion Contentful</translation>
    </message>
    <message>
        <source>Plaid access token</source>
        <translation>Jeton d&apos;accès Plaid</translation>
    </message>
    <message>
        <source>Flutterwave secret key</source>
        <translation>Clé secrète Flutterwave</translation>
    </message>
    <message>
        <source>Shippo API token</source>
        <translation>Jeton d&apos;API Shippo</translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) API key</source>
        <translation>Clé d&apos;API Brevo (Sendinblue)</translation>
    </message>
    <message>
        <source>Tailscale auth or API key</source>
        <translation>Clé d&apos;authentification ou d&apos;API Tailscale</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Clé d&apos;API Groq</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Jeton d&apos;API Replicate</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>Clé d&apos;API OpenRouter</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>Clé d&apos;API xAI</translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation>Clé d&apos;API utilisateur New Relic</translation>
    </message>
    <message>
        <source>Mapbox secret access token</source>
        <translation>Jeton d&apos;accès secret Mapbox</translation>
    </message>
    <message>
        <source>Braintree (PayPal) access token</source>
        <translation>Jeton d&apos;accès Braintree (PayPal)</translation>
    </message>
    <message>
        <source>Vercel access token or API key (valid checksum)</source>
        <translation>Jeton d&apos;accès ou clé d&apos;API Vercel (somme de contrôle valide)</translation>
    </message>
    <message>
        <source>Netlify access token</source>
        <translation>Jeton d&apos;accès Netlify</translation>
    </message>
    <message>
        <source>Render API key</source>
        <translation>Clé d&apos;API Render</translation>
    </message>
    <message>
        <source>CircleCI personal or project API token</source>
        <translation>Jeton d&apos;API CircleCI personnel ou de projet</translation>
    </message>
    <message>
        <source>Supabase secret API key</source>
        <translation>Clé d&apos;API secrète Supabase</translation>
    </message>
    <message>
        <source>Brevo (Sendinblue) SMTP key</source>
        <translation>Clé SMTP Brevo (Sendinblue)</translation>
    </message>
    <message>
        <source>Dropbox access token</source>
        <translation>Jeton d&apos;accès Dropbox</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation>Jeton d&apos;accès personnel Azure DevOps</translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation>Jeton d&apos;API Dynatrace</translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation>Clé d&apos;API LangSmith</translation>
    </message>
    <message>
        <source>JFrog Artifactory API key</source>
        <translation>Clé d&apos;API JFrog Artifactory</translation>
    </message>
    <message>
        <source>Harness personal or service account token</source>
        <translation>Jeton Harness personnel ou de compte de service</translation>
    </message>
    <message>
        <source>Discord bot token</source>
        <translation>Jeton de bot Discord</translation>
    </message>
    <message>
        <source>Airtable personal access token</source>
        <translation>Jeton d&apos;accès personnel Airtable</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Clé d&apos;API Mailgun</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token (older format)</source>
        <translation>Jeton d&apos;accès personnel Azure DevOps (ancien format)</translation>
    </message>
    <message>
        <source>Django secret key</source>
        <translation>Clé secrète Django</translation>
    </message>
    <message>
        <source>Password, key or token in an XML element</source>
        <translation>Mot de passe, clé ou jeton dans un élément XML</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>List the built-in detection rules</source>
        <translation>Lister les règles de détection intégrées</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Format de sortie : text (par défaut), json ou markdown.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>scrim-cli rules: %1 See &apos;scrim-cli rules --help&apos;.</source>
        <translation>scrim-cli rules: %1 Voir &apos;scrim-cli rules --help&apos;.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>scrim-cli rules: unknown format &apos;%1&apos;; use text, json or markdown.</source>
        <translation>scrim-cli rules: format inconnu &apos;%1&apos; ; utilisez text, json ou markdown.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n règle.</numerusform>
            <numerusform>%n règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>what it finds</source>
        <translation>ce qu&apos;elle détecte</translation>
    </message>
    <message>
        <source>validator</source>
        <translation>validateur</translation>
    </message>
    <message>
        <source>needs context</source>
        <translation>contexte requis</translation>
    </message>
    <message>
        <source>a person-linked value nearby</source>
        <translation>une valeur liée à une personne à proximité</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>scrim-cli: &apos;%1&apos; is a folder. Give a file (for a folder: find DIR -type f -exec scrim-cli scan {} \;).</source>
        <translation>scrim-cli: &apos;%1&apos; est un dossier. Indiquez un fichier (pour un dossier : find DOSSIER -type f -exec scrim-cli scan {} \;).</translation>
    </message>
    <message>
        <source>scrim-cli: cannot open &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: impossible d&apos;ouvrir &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>scrim-cli: reading &apos;%1&apos; failed: %2. Nothing was reported for it.</source>
        <translation>scrim-cli: échec de la lecture de &apos;%1&apos; : %2. Rien n&apos;a été signalé pour cette entrée.</translation>
    </message>
    <message>
        <source>scrim-cli: &apos;%1&apos; looks binary (a NUL byte at offset %2), so it was not scanned. Scrim scans text; extract the text first.</source>
        <translation>scrim-cli: &apos;%1&apos; semble binaire (octet NUL à la position %2) et n&apos;a donc pas été analysé. Scrim analyse du texte ; extrayez d&apos;abord le texte.</translation>
    </message>
    <message>
        <source>scrim-cli: scanning &apos;%1&apos; failed: %2</source>
        <translation>scrim-cli: échec de l&apos;analyse de &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>scrim-cli: cannot open records file &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: impossible d&apos;ouvrir le fichier d&apos;enregistrements &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot write &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: impossible d&apos;écrire dans &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: %3</source>
        <translation>scrim-cli: %1:%2: %3</translation>
    </message>
    <message>
        <source>scrim-cli: writing predictions failed: %1.</source>
        <translation>scrim-cli: échec de l&apos;écriture des prédictions : %1.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot save &apos;%1&apos;: %2.</source>
        <translation>scrim-cli: impossible d&apos;enregistrer &apos;%1&apos; : %2.</translation>
    </message>
    <message>
        <source>Find sensitive data in a file or standard input</source>
        <translation>Rechercher des données sensibles dans un fichier ou l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Report format: text (default), json or sarif.</source>
        <translation>Format du rapport : text (par défaut), json ou sarif.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Benchmark mode: scan the &quot;text&quot; of each JSON line of IN and write one prediction line per record (offsets in code points).</source>
        <translation>Mode benchmark : analyser le champ &quot;text&quot; de chaque ligne JSON du fichier ENTRÉE et écrire une ligne de prédiction par enregistrement (positions en points de code).</translation>
    </message>
    <message>
        <source>IN.jsonl</source>
        <translation>ENTRÉE.jsonl</translation>
    </message>
    <message>
        <source>With --records: write predictions to OUT instead of standard output.</source>
        <translation>Avec --records : écrire les prédictions dans SORTIE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>Print the full values found. Off by default: reports show masked values.</source>
        <translation>Afficher les valeurs trouvées en entier. Désactivé par défaut : les rapports affichent des valeurs masquées.</translation>
    </message>
    <message>
        <source>Bytes scanned per step for long input (default 1048576).</source>
        <translation>Nombre d&apos;octets analysés par étape pour les entrées longues (par défaut : 1048576).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>The file to scan; - or nothing reads standard input.</source>
        <translation>Le fichier à analyser ; avec - ou sans argument, l&apos;entrée standard est lue.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 nothing found, 1 findings, 2 error (with --records: 0 done, 2 error).
</source>
        <translation>
Codes de sortie : 0 = rien trouvé, 1 = détections, 2 = erreur (avec --records : 0 = terminé, 2 = erreur).
</translation>
    </message>
    <message>
        <source>scrim-cli scan: unknown format &apos;%1&apos;; use text, json or sarif.</source>
        <translation>scrim-cli scan: format inconnu &apos;%1&apos; ; utilisez text, json ou sarif.</translation>
    </message>
    <message>
        <source>scrim-cli scan: give one file (or - for standard input), not %1.</source>
        <translation>scrim-cli scan: indiquez un seul fichier (ou - pour l&apos;entrée standard), pas %1.</translation>
    </message>
    <message>
        <source>scrim-cli scan: the rules could not be loaded: %1</source>
        <translation>scrim-cli scan: impossible de charger les règles : %1</translation>
    </message>
    <message>
        <source>scrim-cli scan: --records reads its own input file; drop &apos;%1&apos;.</source>
        <translation>scrim-cli scan: --records lit son propre fichier d&apos;entrée ; retirez &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli: warning: &apos;%1&apos; has %n byte(s) that are not valid UTF-8, the first at line %2, column %3 (byte offset %4). The valid parts were scanned.</source>
        <translation>
            <numerusform>scrim-cli: avertissement : &apos;%1&apos; contient %n octet non valide en UTF-8, à la ligne %2, colonne %3 (position en octets : %4). Les parties valides ont été analysées.</numerusform>
            <numerusform>scrim-cli: avertissement : &apos;%1&apos; contient %n octets non valides en UTF-8, le premier à la ligne %2, colonne %3 (position en octets : %4). Les parties valides ont été analysées.</numerusform>
        </translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: invalid JSON (%3 at column %4); record skipped.</source>
        <translation>scrim-cli: %1:%2: JSON non valide (%3 à la colonne %4) ; enregistrement ignoré.</translation>
    </message>
    <message>
        <source>scrim-cli: %1:%2: a record must be a JSON object with a string &quot;id&quot; and a string &quot;text&quot;; record skipped.</source>
        <translation>scrim-cli: %1:%2: un enregistrement doit être un objet JSON avec des champs &quot;id&quot; et &quot;text&quot; de type chaîne ; enregistrement ignoré.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FICHIER|-]</translation>
    </message>
    <message>
        <source>scrim-cli scan: %1 See &apos;scrim-cli scan --help&apos;.</source>
        <translation>scrim-cli scan: %1 Voir &apos;scrim-cli scan --help&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 4096 and 1073741824.</source>
        <translation>scrim-cli scan : --chunk-size doit être un nombre d&apos;octets entre 4096 et 1073741824.</translation>
    </message>
    <message>
        <source>scrim-cli scan: --output goes with --records; for reports, redirect standard output.</source>
        <translation>scrim-cli scan : --output va avec --records ; pour les rapports, redirigez la sortie standard.</translation>
    </message>
    <message>
        <source>scrim-cli: cannot scan %1: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli: impossible d&apos;analyser %1 : fichier introuvable. Vérifiez le chemin, ou utilisez - pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>scrim-cli scan: cannot read the policy &apos;%1&apos;: %2.</source>
        <translation>scrim-cli scan: impossible de lire la politique &apos;%1&apos; : %2.</translation>
    </message>
    <message numerus="yes">
        <source>scrim-cli scan: the policy &apos;%1&apos; has %n problem(s); &apos;scrim-cli policy lint %1&apos; lists them.</source>
        <translation>
            <numerusform>scrim-cli scan: la politique &apos;%1&apos; a %n problème ; &apos;scrim-cli policy lint %1&apos; l&apos;affiche.</numerusform>
            <numerusform>scrim-cli scan: la politique &apos;%1&apos; a %n problèmes ; &apos;scrim-cli policy lint %1&apos; les affiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a policy file&apos;s custom rules, dictionaries and allowlist to the built-in rules.</source>
        <translation>Ajouter les règles personnalisées, les dictionnaires et la liste d&apos;autorisation d&apos;un fichier de politique aux règles intégrées.</translation>
    </message>
    <message>
        <source>List every date, also far from any person-linked value (a de-identification audit). By default a date is listed only near a name, contact, ID, account number or health data; dates never change the exit code.</source>
        <translation>Lister chaque date, même loin de toute valeur liée à une personne (audit de désidentification). Par défaut, une date n’est listée que près d’un nom, d’un contact, d’un identifiant, d’un numéro de compte ou de données de santé ; les dates ne changent jamais le code de sortie.</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message numerus="yes">
        <source>%1: %n finding(s) (%2).</source>
        <translation>
            <numerusform>%1 : %n détection (%2).</numerusform>
            <numerusform>%1 : %n détections (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no findings (%2 scanned).</source>
        <translation>%1 : aucune détection (volume analysé : %2).</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s); the valid parts were scanned.</source>
        <translation>
            <numerusform>%n octet UTF-8 non valide ; les parties valides ont été analysées.</numerusform>
            <numerusform>%n octets UTF-8 non valides ; les parties valides ont été analysées.</numerusform>
        </translation>
    </message>
    <message>
        <source> (documented test value)</source>
        <translation> (valeur de test documentée)</translation>
    </message>
    <message numerus="yes">
        <source> %n date(s) listed, never counted.</source>
        <translation>
            <numerusform> %n date listée, jamais comptée.</numerusform>
            <numerusform> %n dates listées, jamais comptées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>List the vault&apos;s sessions or forget them (list, forget)</source>
        <translation>Lister les sessions du coffre ou les oublier (list, forget)</translation>
    </message>
    <message>
        <source>With forget: forget every session.</source>
        <translation>Avec forget : oublier toutes les sessions.</translation>
    </message>
    <message>
        <source>With list: print JSON.</source>
        <translation>Avec list : afficher du JSON.</translation>
    </message>
    <message>
        <source>list, or forget NAME</source>
        <translation>list ou forget NAME</translation>
    </message>
    <message>
        <source>scrim-cli session: say what to do: list, forget NAME or forget --all.</source>
        <translation>scrim-cli session: indiquez quoi faire : list, forget NAME ou forget --all.</translation>
    </message>
    <message>
        <source>There are no sessions yet.</source>
        <translation>Il n&apos;y a pas encore de session.</translation>
    </message>
    <message>
        <source>scrim-cli session: %1</source>
        <translation>scrim-cli session: %1</translation>
    </message>
    <message>
        <source>scrim-cli session: there is no session &apos;%1&apos;.</source>
        <translation>scrim-cli session: il n&apos;y a pas de session &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; forgotten: its originals are deleted; its tokens can no longer be restored.</source>
        <translation>Session &apos;%1&apos; oubliée : ses valeurs d&apos;origine sont supprimées ; ses jetons ne peuvent plus être restaurés.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) forgotten.</source>
        <translation>
            <numerusform>%n session oubliée.</numerusform>
            <numerusform>%n sessions oubliées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last used %1, expires %2, %n value(s)</source>
        <translation>
            <numerusform>dernière utilisation : %1, expiration : %2, %n valeur</numerusform>
            <numerusform>dernière utilisation : %1, expiration : %2, %n valeurs</numerusform>
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
        <translation>scrim-cli session: action inconnue &apos;%1&apos; ; utilisez list, forget NAME ou forget --all.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Scrim settings</source>
        <translation>Paramètres de Scrim</translation>
    </message>
    <message>
        <source>Replace values with</source>
        <translation>Remplacer les valeurs par</translation>
    </message>
    <message>
        <source>tokens such as [EMAIL_1] (restorable)</source>
        <translation>jetons tels que [EMAIL_1] (restaurables)</translation>
    </message>
    <message>
        <source>realistic stand-ins (restorable)</source>
        <translation>substituts réalistes (restaurables)</translation>
    </message>
    <message>
        <source>masks such as **** 9855</source>
        <translation>masques tels que **** 9855</translation>
    </message>
    <message>
        <source>[REDACTED]</source>
        <translation>[REDACTED]</translation>
    </message>
    <message>
        <source>short hashes</source>
        <translation>hachages courts</translation>
    </message>
    <message>
        <source>as the policy says</source>
        <translation>selon la politique</translation>
    </message>
    <message>
        <source>Show notices for warnings and automatic anonymization (notices that need a decision always show)</source>
        <translation>Afficher les notifications pour les avertissements et l&apos;anonymisation automatique (les notifications qui demandent une décision s&apos;affichent toujours)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s configuration does not let users change these settings.</source>
        <translation>La configuration de votre organisation ne permet pas aux utilisateurs de modifier ces paramètres.</translation>
    </message>
    <message>
        <source>Start Scrim when I log in</source>
        <translation>Démarrer Scrim à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>as the system</source>
        <translation>comme le système</translation>
    </message>
    <message>
        <source>The language changes at the next start of Scrim.</source>
        <translation>La langue changera au prochain démarrage de Scrim.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 cannot be written; the change holds until Scrim ends.</source>
        <translation>%1 ne peut pas être écrit ; la modification reste valable jusqu&apos;à la fermeture de Scrim.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Scan clipboard now</source>
        <translation>&amp;Analyser le presse-papiers maintenant</translation>
    </message>
    <message>
        <source>&amp;About Scrim</source>
        <translation>À &amp;propos de Scrim</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Scrim: %1</source>
        <translation>Scrim : %1</translation>
    </message>
    <message>
        <source>Scrim</source>
        <translation>Scrim</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Scrim shows this window instead. Closing it keeps Scrim running; use Quit to stop it.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification ; Scrim affiche donc cette fenêtre à la place. Si vous la fermez, Scrim continue de fonctionner ; utilisez « Quitter » pour l&apos;arrêter.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1). Treat its content as sensitive.</source>
        <translation>Le presse-papiers n&apos;a pas pu être vérifié (%1). Considérez son contenu comme sensible.</translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard.</source>
        <translation>Aucune donnée sensible trouvée dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard holds %n sensitive value(s): %1.</source>
        <translation>
            <numerusform>Le presse-papiers contient %n valeur sensible : %1.</numerusform>
            <numerusform>Le presse-papiers contient %n valeurs sensibles : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 MiB were checked.</source>
        <translation>Seuls les %1 premiers Mio ont été vérifiés.</translation>
    </message>
    <message>
        <source>About Scrim</source>
        <translation>À propos de Scrim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Flags personal, health and payment data, secrets and confidential text before it is pasted into an AI chatbot.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Scrim %1&lt;/b&gt;&lt;p&gt;Signale les données personnelles, de santé et de paiement, les secrets et les textes confidentiels avant qu&apos;ils ne soient collés dans un chatbot d&apos;IA.&lt;/p&gt;</translation>
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
            <numerusform>%n donnée de paiement</numerusform>
            <numerusform>%n données de paiement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health detail(s)</source>
        <translation>
            <numerusform>%n donnée de santé</numerusform>
            <numerusform>%n données de santé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal detail(s)</source>
        <translation>
            <numerusform>%n donnée personnelle</numerusform>
            <numerusform>%n données personnelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential term(s)</source>
        <translation>
            <numerusform>%n terme confidentiel</numerusform>
            <numerusform>%n termes confidentiels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt-injection text(s)</source>
        <translation>
            <numerusform>%n texte d&apos;injection de prompt</numerusform>
            <numerusform>%n textes d&apos;injection de prompt</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log unavailable: %1</source>
        <translation>Journal d&apos;audit indisponible : %1</translation>
    </message>
    <message>
        <source>Audit log key kept in a file: no OS keychain in use.</source>
        <translation>Clé du journal d&apos;audit conservée dans un fichier : aucun trousseau de clés du système n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>&amp;Anonymize clipboard</source>
        <translation>A&amp;nonymiser le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Restore from clipboard</source>
        <translation>&amp;Restaurer depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Needs the encrypted store, which is not available.</source>
        <translation>Nécessite la base de données chiffrée, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Anonymize clipboard</source>
        <translation>Anonymiser le presse-papiers</translation>
    </message>
    <message>
        <source>Anonymized copies need the encrypted store, which is not available.</source>
        <translation>Les copies anonymisées nécessitent la base de données chiffrée, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli anonymize for large texts.</source>
        <translation>Le presse-papiers contient plus de %1 Mio de texte ; il n&apos;a pas été modifié. Utilisez scrim-cli anonymize pour les textes volumineux.</translation>
    </message>
    <message>
        <source>The clipboard could not be checked (%1); it was left as it is.</source>
        <translation>Le presse-papiers n&apos;a pas pu être vérifié (%1) ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Nothing sensitive found on the clipboard; it was left as it is.</source>
        <translation>Aucune donnée sensible trouvée dans le presse-papiers ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1); the clipboard was left as it is.</source>
        <translation>Le coffre n&apos;a pas pu être lu (%1) ; le presse-papiers n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The clipboard could not be anonymized (%1); it was left as it is.</source>
        <translation>Le presse-papiers n&apos;a pas pu être anonymisé (%1) ; il n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n value(s) with tokens: %1. Paste it into the AI tool; to put the values back into its answer, copy the answer and choose Restore from clipboard.</source>
        <translation>
            <numerusform>%n valeur remplacée par un jeton : %1. Collez le texte dans l&apos;outil d&apos;IA ; pour remettre la valeur dans sa réponse, copiez la réponse et choisissez « Restaurer depuis le presse-papiers ».</numerusform>
            <numerusform>%n valeurs remplacées par des jetons : %1. Collez le texte dans l&apos;outil d&apos;IA ; pour remettre les valeurs dans sa réponse, copiez la réponse et choisissez « Restaurer depuis le presse-papiers ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from clipboard</source>
        <translation>Restaurer depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Restoring needs the encrypted store, which is not available.</source>
        <translation>La restauration nécessite la base de données chiffrée, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MiB of text; it was left as it is. Use scrim-cli restore for large texts.</source>
        <translation>Le presse-papiers contient plus de %1 Mio de texte ; il n&apos;a pas été modifié. Utilisez scrim-cli restore pour les textes volumineux.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n value(s); the clipboard now holds the original text.</source>
        <translation>
            <numerusform>%n valeur restaurée ; le presse-papiers contient maintenant le texte d&apos;origine.</numerusform>
            <numerusform>%n valeurs restaurées ; le presse-papiers contient maintenant le texte d&apos;origine.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token of the current session was found; the clipboard was left as it is.</source>
        <translation>Aucun jeton de la session en cours n&apos;a été trouvé ; le presse-papiers n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are.</source>
        <translation>
            <numerusform>%n jeton a expiré ou a été oublié et reste tel quel.</numerusform>
            <numerusform>%n jetons ont expiré ou ont été oubliés et restent tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are.</source>
        <translation>
            <numerusform>%n jeton ne provient pas de cette session et reste tel quel.</numerusform>
            <numerusform>%n jetons ne proviennent pas de cette session et restent tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer also holds %n sensitive value(s) that did not come from your text: %1.</source>
        <translation>
            <numerusform>La réponse contient aussi %n valeur sensible qui ne provient pas de votre texte : %1.</numerusform>
            <numerusform>La réponse contient aussi %n valeurs sensibles qui ne proviennent pas de votre texte : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>policy %1 of %2</source>
        <translation>politique %1 de %2</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; the built-in default policy applies.</source>
        <translation>La configuration gérée ne peut pas être lue ; la politique par défaut intégrée s&apos;applique.</translation>
    </message>
    <message>
        <source>Protected: %1</source>
        <translation>Protégé : %1</translation>
    </message>
    <message>
        <source>Scrim is already running; its paste-box was brought forward.</source>
        <translation>Scrim est déjà en cours d&apos;exécution ; sa zone de collage a été mise au premier plan.</translation>
    </message>
    <message>
        <source>the downloaded policy was rejected (%1)</source>
        <translation>la politique téléchargée a été refusée (%1)</translation>
    </message>
    <message>
        <source>the server could not be reached (%1)</source>
        <translation>le serveur n&apos;a pas pu être joint (%1)</translation>
    </message>
    <message>
        <source>Open &amp;paste-box</source>
        <translation>Ouvrir la &amp;zone de collage</translation>
    </message>
    <message>
        <source>Give a reason to get the &amp;original back…</source>
        <translation>Donner une justification pour récupérer l&apos;&amp;original…</translation>
    </message>
    <message>
        <source>&amp;Pause protection</source>
        <translation>&amp;Suspendre la protection</translation>
    </message>
    <message>
        <source>Pause protection</source>
        <translation>Suspendre la protection</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow pausing.</source>
        <translation>La politique de votre organisation ne permet pas de suspendre la protection.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Pendant 15 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until I resume it</source>
        <translation>Jusqu&apos;à ce que je la reprenne</translation>
    </message>
    <message>
        <source>&amp;Resume protection</source>
        <translation>R&amp;eprendre la protection</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>Ac&amp;tivité</translation>
    </message>
    <message>
        <source>Po&amp;licy status</source>
        <translation>État de la po&amp;litique</translation>
    </message>
    <message>
        <source>Awareness demos for trainers come in a later version.</source>
        <translation>Les démonstrations de sensibilisation pour les formateurs arriveront dans une version ultérieure.</translation>
    </message>
    <message>
        <source>built-in default policy</source>
        <translation>politique par défaut intégrée</translation>
    </message>
    <message>
        <source>Sensitive text on the clipboard (%1)</source>
        <translation>Texte sensible dans le presse-papiers (%1)</translation>
    </message>
    <message>
        <source>Clipboard blocked for %1 (%2)</source>
        <translation>Presse-papiers bloqué pour %1 (%2)</translation>
    </message>
    <message>
        <source>Clipboard anonymized for %1 (%2)</source>
        <translation>Presse-papiers anonymisé pour %1 (%2)</translation>
    </message>
    <message>
        <source>Paused until %1 (%2)</source>
        <translation>Suspendu jusqu&apos;à %1 (%2)</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Suspendu (%1)</translation>
    </message>
    <message>
        <source>Not protecting the clipboard (%1)</source>
        <translation>Presse-papiers non protégé (%1)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>expired %1: everything sensitive is anonymized</source>
        <translation>expirée le %1 : tout ce qui est sensible est anonymisé</translation>
    </message>
    <message>
        <source>expired %1, still enforced</source>
        <translation>expirée le %1, toujours appliquée</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or were forgotten and stay as they are (grey).</source>
        <translation>
            <numerusform>%n jeton a expiré ou a été oublié et reste tel quel (en gris).</numerusform>
            <numerusform>%n jetons ont expiré ou ont été oubliés et restent tels quels (en gris).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are not from this session and stay as they are (red).</source>
        <translation>
            <numerusform>%n jeton ne provient pas de cette session et reste tel quel (en rouge).</numerusform>
            <numerusform>%n jetons ne proviennent pas de cette session et restent tels quels (en rouge).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: scrim-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation>Utilisation : scrim-cli COMMANDE [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Scrim finds personal, health and payment data, secrets and confidential text before it reaches an AI chatbot.</source>
        <translation>Scrim détecte les données personnelles, de santé et de paiement, les secrets et les textes confidentiels avant qu&apos;ils n&apos;atteignent un chatbot d&apos;IA.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;scrim-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;scrim-cli COMMANDE --help&apos; pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation>scrim-cli: mémoire insuffisante ; rien n&apos;a été écrit. Analysez une entrée plus petite ou libérez de la mémoire.</translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation>scrim-cli: commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>scrim-cli: writing the output failed (disk full or closed pipe?); the report is incomplete.</source>
        <translation>scrim-cli : l&apos;écriture de la sortie a échoué (disque plein ou tube fermé ?) ; le rapport est incomplet.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done and nothing to report, 1 something to report (scan: findings; restore: unknown tokens or unexpected values), 2 error.</source>
        <translation>Codes de sortie : 0 = terminé et rien à signaler, 1 = quelque chose à signaler (scan : détections ; restore : jetons inconnus ou valeurs inattendues), 2 = erreur.</translation>
    </message>
</context>
</TS>
