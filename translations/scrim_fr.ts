<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>scrim-cli: cannot scan &apos;%1&apos;: no such file. Check the path, or use - to read standard input.</source>
        <translation>scrim-cli: impossible d&apos;analyser &apos;%1&apos; : fichier introuvable. Vérifiez le chemin ou utilisez - pour lire l&apos;entrée standard.</translation>
    </message>
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
        <source>scrim-cli scan: --chunk-size must be a number of bytes between 1 and 1073741824.</source>
        <translation>scrim-cli scan: --chunk-size doit être un nombre d&apos;octets compris entre 1 et 1073741824.</translation>
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
        <source>Protected: built-in default policy</source>
        <translation>Protégé : politique par défaut intégrée</translation>
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
        <source>Exit codes: 0 nothing found, 1 findings, 2 error.</source>
        <translation>Codes de sortie : 0 = rien trouvé, 1 = détections, 2 = erreur.</translation>
    </message>
    <message>
        <source>scrim-cli: out of memory; nothing was written. Scan smaller input or free memory.</source>
        <translation>scrim-cli: mémoire insuffisante ; rien n&apos;a été écrit. Analysez une entrée plus petite ou libérez de la mémoire.</translation>
    </message>
    <message>
        <source>scrim-cli: unknown command &apos;%1&apos;.</source>
        <translation>scrim-cli: commande inconnue &apos;%1&apos;.</translation>
    </message>
</context>
</TS>
