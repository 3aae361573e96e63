<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>StartPage</name>
    <message>
        <source>Set up SCIM provisioning from your identity provider, one safe step at a time. What would you like to do?</source>
        <translation>Configurez le provisionnement SCIM depuis votre fournisseur d’identité, étape par étape et en toute sécurité. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>&amp;Prepare a new SCIM request</source>
        <translation>&amp;Préparer une nouvelle demande SCIM</translation>
    </message>
    <message>
        <source>Collect your tenant details and the named contact, and write the request email.</source>
        <translation>Rassemblez les informations de votre tenant et le contact désigné, puis rédigez l’e-mail de demande.</translation>
    </message>
    <message>
        <source>Prepare a new SCIM request</source>
        <translation>Préparer une nouvelle demande SCIM</translation>
    </message>
    <message>
        <source>I have &amp;received my endpoint and token</source>
        <translation>J’ai &amp;reçu mon point de terminaison et mon jeton</translation>
    </message>
    <message>
        <source>Store the endpoint URL and secret token safely in your system keychain.</source>
        <translation>Enregistrez l’URL du point de terminaison et le jeton secret en sécurité dans le trousseau du système.</translation>
    </message>
    <message>
        <source>I have received my endpoint and token</source>
        <translation>J’ai reçu mon point de terminaison et mon jeton</translation>
    </message>
    <message>
        <source>&amp;Check a stored profile again</source>
        <translation>&amp;Vérifier à nouveau un profil enregistré</translation>
    </message>
    <message>
        <source>Rotate the token of a stored profile, or remove it.</source>
        <translation>Renouveler le jeton d’un profil enregistré, ou le supprimer.</translation>
    </message>
    <message>
        <source>Check a stored profile again</source>
        <translation>Vérifier à nouveau un profil enregistré</translation>
    </message>
</context>
<context>
    <name>app::SetupWizard</name>
    <message>
        <source>SCIM Setup Console (demo)</source>
        <translation>SCIM Setup Console (démo)</translation>
    </message>
    <message>
        <source>SCIM Setup Console</source>
        <translation>SCIM Setup Console</translation>
    </message>
</context>
<context>
    <name>app::StartPage</name>
    <message>
        <source>Welcome to SCIM Setup Console</source>
        <translation>Bienvenue dans SCIM Setup Console</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 [--demo] | COMMAND [options]

Without a command, opens the setup wizard.

</source>
        <translation>Utilisation : %1 [--demo] | COMMANDE [options]

Sans commande, ouvre l’assistant de configuration.

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options :
</translation>
    </message>
    <message>
        <source>  --demo       open the wizard against the embedded sandbox
</source>
        <translation>  --demo       ouvrir l’assistant avec le bac à sable intégré
</translation>
    </message>
    <message>
        <source>  --help       show this help
</source>
        <translation>  --help       afficher cette aide
</translation>
    </message>
    <message>
        <source>  --version    show the version
</source>
        <translation>  --version    afficher la version
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez « %1 COMMANDE --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>There is no display to open the setup wizard on.
To try everything without a window, run:  %1 demo
For all commands, run:  %1 --help
</source>
        <translation>Aucun affichage n’est disponible pour ouvrir l’assistant de configuration.
Pour tout essayer sans fenêtre :  %1 demo
Toutes les commandes :  %1 --help
</translation>
    </message>
    <message>
        <source>%1
Run &apos;%2 --help&apos; for usage.
</source>
        <translation>%1
Utilisation : voir « %2 --help ».
</translation>
    </message>
    <message>
        <source>Options must follow the command: %1
</source>
        <translation>Les options doivent suivre la commande : %1
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.
</source>
        <translation>Commande inconnue « %1 ». Lancez « %2 --help » pour la liste des commandes.
</translation>
    </message>
</context>
<context>
    <name>scim</name>
    <message>
        <source>The endpoint URL is empty.</source>
        <translation>L’URL du point de terminaison est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a complete URL; it should look like https://example.com/scim/v2.</source>
        <translation>« %1 » n’est pas une URL complète ; elle devrait ressembler à https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>The endpoint URL must start with https://.</source>
        <translation>L’URL du point de terminaison doit commencer par https://.</translation>
    </message>
    <message>
        <source>The endpoint URL uses plain http:// to %1; the token would travel unencrypted. Use https://.</source>
        <translation>L’URL du point de terminaison utilise http:// en clair vers %1 ; le jeton circulerait sans chiffrement. Utilisez https://.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or password before the host; remove it — the token is sent separately.</source>
        <translation>L’URL du point de terminaison contient un nom d’utilisateur ou un mot de passe avant l’hôte ; supprimez-le — le jeton est envoyé séparément.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a “#” fragment; remove it.</source>
        <translation>L’URL du point de terminaison contient un fragment « # » ; supprimez-le.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON integer (it is %2).</source>
        <translation>« %1 » n’est pas un entier JSON (c’est %2).</translation>
    </message>
    <message>
        <source>The ListResponse schema is missing from “schemas”.</source>
        <translation>Le schéma ListResponse manque dans « schemas ».</translation>
    </message>
    <message>
        <source>“totalResults” is missing.</source>
        <translation>« totalResults » est absent.</translation>
    </message>
    <message>
        <source>“startIndex” is %1; SCIM paging starts at 1.</source>
        <translation>« startIndex » vaut %1 ; la pagination SCIM commence à 1.</translation>
    </message>
    <message>
        <source>“Resources” is not an array.</source>
        <translation>« Resources » n’est pas un tableau.</translation>
    </message>
    <message>
        <source>“Resources” is missing although totalResults is %1.</source>
        <translation>« Resources » est absent alors que totalResults vaut %1.</translation>
    </message>
    <message>
        <source>“Resources” holds %1 entries but totalResults says %2.</source>
        <translation>« Resources » contient %1 entrées mais totalResults indique %2.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>La réponse est du JSON mais pas un objet.</translation>
    </message>
    <message>
        <source>The answer has an empty body where a SCIM resource was expected.</source>
        <translation>La réponse a un corps vide là où une ressource SCIM était attendue.</translation>
    </message>
    <message>
        <source>The answer is an HTML page, not SCIM JSON — this URL is probably a web page or a login screen, not the SCIM API.</source>
        <translation>La réponse est une page HTML, pas du JSON SCIM — cette URL est probablement une page web ou un écran de connexion, pas l’API SCIM.</translation>
    </message>
    <message>
        <source>The answer is malformed JSON (%1).</source>
        <translation>La réponse est du JSON mal formé (%1).</translation>
    </message>
    <message>
        <source>The answer is plain text, not SCIM JSON: “%1”.</source>
        <translation>La réponse est du texte brut, pas du JSON SCIM : « %1 ».</translation>
    </message>
    <message>
        <source>No answer within the time limit (timeout).</source>
        <translation>Aucune réponse dans le délai imparti (timeout).</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Le proxy a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens on that host and port.</source>
        <translation>Le serveur a refusé la connexion : rien n’écoute sur cet hôte et ce port.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be found.</source>
        <translation>Le nom d’hôte du proxy est introuvable.</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS).</source>
        <translation>Le nom d’hôte est introuvable (DNS).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>La négociation TLS a échoué : %1.</translation>
    </message>
    <message>
        <source>The connection closed before a complete answer arrived.</source>
        <translation>La connexion s’est fermée avant l’arrivée d’une réponse complète.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) to %2; redirects are never followed with the token.</source>
        <translation>Le serveur a répondu par une redirection (%1) vers %2 ; les redirections ne sont jamais suivies avec le jeton.</translation>
    </message>
    <message>
        <source>The answer was larger than the size limit; it was cut off.</source>
        <translation>La réponse dépassait la taille maximale ; elle a été tronquée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier d’AC %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier d’AC %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>pas de réponse complète en %1 ms</translation>
    </message>
</context>
</TS>
