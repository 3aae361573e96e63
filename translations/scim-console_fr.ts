<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContactPage</name>
    <message>
        <source>Who should receive the SCIM endpoint URL and secret token? Only this person will get them, securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named contact’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named contact’s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ann@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the service provider sent you. The secret — a token, a password or a client secret — goes into your system keychain, never to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoLivePage</name>
    <message>
        <source>Go-live steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People to assign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people will be assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityProviderPage</name>
    <message>
        <source>Which identity provider will send your users?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft &amp;Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Okta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This only changes the wording of the next steps; you can test both later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdpSetupPage</name>
    <message>
        <source>Endpoint URL to paste into your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from the keychain only when you ask; cleared from the clipboard after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up steps in your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mode to choose in your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token endpoint to paste into your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token en&amp;dpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client identifier to paste into your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username to paste into your identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy us&amp;ername</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the username</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Import the Entra ID schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the app&apos;s synchronization schema from Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the IdP&apos;s default mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unique identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute Okta finds users by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>What happens next. You can close the console now; it remembers where you are (never any secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;sent the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have sent the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PilotGroupPage</name>
    <message>
        <source>Pilot group &amp;CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot group CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userName, email, givenName, familyName…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview what the first sync will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm after the first cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the pilot group arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PilotPage</name>
    <message>
        <source>Identity provider dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm writing a test user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the pilot and clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details and reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the results view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IdP &amp;integration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFieldsForm</name>
    <message>
        <source>&amp;Identity provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/scim/v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked this &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name at the service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id at the service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSO signs in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What single sign-on signs people in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your organisation inspects TLS or runs its own certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if your network inspects TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/oauth2/v2.0/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scope (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api://…/.default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d client secret as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client secret is sent to the token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Your stored profiles. Tokens stay in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, remove it and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm removing the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go straight to the pilot group check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile&apos;s connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint, identity provider, group, SSO attribute and CA file; the token stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP is set up already: go straight to the pilot gro&amp;up check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>This is the request exactly as the service provider wants it. Send it from your own mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request in your mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request as a text file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>background: #fde7e9; color: #5a0b12; padding: 6px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up what the interrupted pilot created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue with a stored profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify, pilot, set up the identity provider and go live with a stored profile — or change its details or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a stored profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Tenant &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verification steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details and reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the results view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also measure &amp;throughput (up to 10 seconds of read-only requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, the next check also sends read-only lookups at a rising rate up to 30 per second and reports the rate and latency the endpoint sustains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>SCIM Setup Console</source>
        <translation type="unfinished">SCIM Setup Console</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ContactPage</name>
    <message>
        <source>Named contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one person who receives the SCIM credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CredentialsPage</name>
    <message>
        <source>Store your SCIM credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the message your named contact received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: these are the embedded sandbox&apos;s details. The token stays in memory; nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in your system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::GoLivePage</name>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot group first, then everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Assign the pilot group “%1”&lt;/b&gt; in %2 — a handful of real colleagues, not everyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;After the first provisioning cycle&lt;/b&gt;, check each pilot user arrived, is active, has the right attributes and is in the group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Watch&lt;/b&gt; %3 for failures, and ask the pilot users to sign in with SSO: the account SCIM created must be the one they land in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leavers&lt;/b&gt;: %4&lt;/li&gt;&lt;li&gt;When the pilot looks right for a few days, &lt;b&gt;widen the assignment&lt;/b&gt; to everyone who needs access.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s Tasks and System Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID&apos;s provisioning logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta only deactivates users; it never deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID first disables a user (active false), and deletes the account about 30 days later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Entra ID&apos;s first provisioning cycle takes depends on how many people you assign: enter their number to see an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %Ln people: %1</source>
        <extracomment>%Ln is the number of people to assign, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::IdentityProviderPage</name>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your users and groups come from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IdpSetupPage</name>
    <message>
        <source>URL copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM connector base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up provisioning in Okta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up provisioning in Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The URL above ends in ?aadOptscim062020&lt;/b&gt;: the pilot showed this service needs Entra ID&apos;s RFC-compliant requests. Keep it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up provisioning in your Okta app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID sends &lt;code&gt;userPrincipalName&lt;/code&gt; as &lt;code&gt;userName&lt;/code&gt; by default. Your SSO signs people in by email: where a user&apos;s UPN and mail differ, change that row to &lt;code&gt;mail&lt;/code&gt; → &lt;code&gt;userName&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID sends &lt;code&gt;userPrincipalName&lt;/code&gt; as &lt;code&gt;userName&lt;/code&gt; by default, and matches existing accounts on it. Keep it if your SSO signs people in with the UPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change these attribute mappings first&lt;/b&gt; — the pilot found the service does not store them:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was cleared from the clipboard.</source>
        <extracomment>%1 is &quot;token&quot;, &quot;password&quot; or &quot;client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <extracomment>%1 names the value, e.g. &quot;Client identifier&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID cannot sign in with this profile&apos;s authentication mode: it offers a Secret Token or OAuth 2.0 client credentials. Ask the service provider for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta cannot sign in with OAuth 2.0 client credentials: it offers a token (HTTP Header) or Basic Auth. Ask the service provider for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;b&gt;HTTP Header&lt;/b&gt;; paste the token as the Bearer value (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Tenant URL&lt;/b&gt; above and the &lt;b&gt;Secret Token&lt;/b&gt; (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;b&gt;Basic Auth&lt;/b&gt;; paste the &lt;b&gt;Username&lt;/b&gt; and the &lt;b&gt;Password&lt;/b&gt; above (&lt;i&gt;Copy password&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID has no Basic authentication: ask the service provider for a Secret Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta has no OAuth 2.0 client credentials for SCIM: ask the service provider for a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &lt;b&gt;Authentication Method&lt;/b&gt; to &lt;b&gt;OAuth2 Client Credentials Grant&lt;/b&gt;; paste the &lt;b&gt;Tenant URL&lt;/b&gt;, &lt;b&gt;Token Endpoint&lt;/b&gt;, &lt;b&gt;Client Identifier&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; above (&lt;i&gt;Copy client secret&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For the service provider&apos;s app from the Okta Integration Network catalog:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Okta Admin Console open &lt;b&gt;Applications&lt;/b&gt; → your app → &lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Configure API Integration&lt;/b&gt;, and tick &lt;b&gt;Enable API integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;SCIM connector base URL&lt;/b&gt; above as the base URL. %2 Click &lt;b&gt;Test API Credentials&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;: assign only your pilot group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Push Groups&lt;/b&gt;: push the pilot group and choose &lt;b&gt;Link to an existing group&lt;/b&gt; → “%1”.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app offers &lt;b&gt;Basic Auth&lt;/b&gt;, choose it and paste the &lt;b&gt;Username&lt;/b&gt; and &lt;b&gt;Password&lt;/b&gt; above (&lt;i&gt;Copy password&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token as the &lt;b&gt;API Token&lt;/b&gt; (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For an app you created with Okta&apos;s App Integration Wizard (SAML or SWA):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Okta Admin Console open &lt;b&gt;Applications&lt;/b&gt; → your app → &lt;b&gt;General&lt;/b&gt; → &lt;b&gt;App Settings&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;, set &lt;b&gt;Provisioning&lt;/b&gt; to &lt;b&gt;SCIM&lt;/b&gt;, and &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: paste the &lt;b&gt;SCIM connector base URL&lt;/b&gt; above; set &lt;b&gt;Unique identifier field for users&lt;/b&gt; to &lt;code&gt;userName&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Supported provisioning actions&lt;/b&gt;: &lt;b&gt;Push New Users&lt;/b&gt;, &lt;b&gt;Push Profile Updates&lt;/b&gt; and &lt;b&gt;Push Groups&lt;/b&gt; (add &lt;b&gt;Import New Users and Profile Updates&lt;/b&gt; if you want imports).&lt;/li&gt;&lt;li&gt;%2 Click &lt;b&gt;Test Connector Configuration&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;: assign only your pilot group. &lt;b&gt;Push Groups&lt;/b&gt;: push it and choose &lt;b&gt;Link to an existing group&lt;/b&gt; → “%1”.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the Entra admin center open &lt;b&gt;Enterprise applications&lt;/b&gt; → your app → &lt;b&gt;Provisioning&lt;/b&gt;; set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;b&gt;Automatic&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;%3 Then click &lt;b&gt;Test Connection&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mappings&lt;/b&gt;: %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; → &lt;b&gt;Scope&lt;/b&gt;: &lt;i&gt;Sync only assigned users and groups&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;b&gt;On&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;: nothing is provisioned until you do.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users and groups&lt;/b&gt;: assign only your pilot group “%2”; then use &lt;b&gt;Provision on demand&lt;/b&gt; for one user and read the result.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Provisioning logs&lt;/b&gt; (under Monitoring) show every request and its answer. If many requests fail, Entra ID puts the app in &lt;b&gt;quarantine&lt;/b&gt;; fix the cause and restart provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <extracomment>%1 is &quot;token&quot;, &quot;password&quot; or &quot;client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MappingsPage</name>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your identity provider will send, attribute by attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IdP source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s imported mapping cannot be read (%1); the default is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta sends the attributes of the app&apos;s user profile. Switch off the rows your Okta app does not have, and choose the attribute Okta finds users by; the pilot then sends exactly these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID does not read the service&apos;s /Schemas for a custom app: it sends every row below that has a value. Import your app&apos;s real mapping to pilot with it: in Graph Explorer, GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema, and save the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s default mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping imported for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Entra ID synchronization schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: %1. The mapping is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user row(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::NextStepsPage</name>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;First send the request; then:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(waiting for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you are here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;When your named contact has the endpoint URL and token, open the console again and choose &lt;i&gt;I have received my endpoint and token&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PilotGroupPage</name>
    <message>
        <source>The pilot group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real people&apos;s accounts: the console only reads, it never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pilot group&apos;s people in a CSV file (a header row with userName; Entra ID&apos;s and Okta&apos;s user exports work as they are). Before you assign the group in the IdP, preview what its first sync will do for each person; after the first provisioning cycle, confirm that everyone arrived as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot group&apos;s CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file of the pilot group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used yet:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people, ready to check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n people (read-only)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: every person is as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention: select one for what it means and what to do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot group check is still running; it only reads, so stopping it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No failures; %n warning(s) to look at before you go on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PilotPage</name>
    <message>
        <source>Pilot: one test user&apos;s whole life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly the requests your identity provider will send, before you switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console creates a synthetic test user, changes it, adds it to and removes it from the group, deactivates and deletes it — then removes everything it created, whatever happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; cleaning up what the pilot created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up what the pilot created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup finished: nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some steps failed: select one for what it means and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot is writing its test user on %1. Stop it now and the console cleans up what it created before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this creates, changes and deletes a test user (and a group membership) on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind: %1. Run the cleanup again from the start page, or with: scim-console cleanup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ProfileEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the connection details; the secret stays in your keychain (use Rotate to replace it). A new authentication mode needs the secret of that mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in your system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ProfileFieldsForm</name>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (userName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group at %1:</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 created for you, from the message you received — not the group you assign to the app in your identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked the endpoint host against the message I received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s usual hosts; I checked it against the message I received.</source>
        <extracomment>%1 is a host name, %2 the service provider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (Secret Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP header token (Okta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic: username and password (Okta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials (Entra ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (HTTP Basic, then form fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot sign in this way: it offers %2. Choose the mode the service provider gave you details for.</source>
        <extracomment>%1 is the identity provider, e.g. Microsoft Entra ID; %2 the modes it offers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bearer token or OAuth 2.0 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token (bearer or HTTP header) or Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ProfilesPage</name>
    <message>
        <source>Stored profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile and delete its token from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Go back and choose “I have received my endpoint and token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token stored. Paste the same token into %1 now, then verify the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to verify, pilot and go live with — or change its details or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox demo (in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox on this computer: %1. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. Verify it again to check the new details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Signs in with: %3
Secret stored: %4 (last changed %5)
Last verify: %6
Last pilot: %7</source>
        <extracomment>%1 is the identity provider, %2 the endpoint, %3 how it authenticates (e.g. &quot;Basic, user ann&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP header token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication, user %1</source>
        <extracomment>%1 is the username</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials, client %1 at %2</source>
        <extracomment>%1 is the OAuth client id, %2 the token endpoint URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ResultsModel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ResultsView</name>
    <message>
        <source>Only &amp;failures and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run as a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP exchanges of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curl command for a POSIX shell; it reads the token from $SCIM_CONSOLE_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to see what it checked, what it found and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The command reads the token from $SCIM_CONSOLE_TOKEN; set it in your shell first — the token is not in the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON result (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only failed steps and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request of the selected exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response of the selected exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected exchange as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3, %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ResultsWindow</name>
    <message>
        <source>Run results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier runs (the last %1 are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>a kept run: when, what (Verify, Pilot, …), how it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete that run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your mail app. Send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail app answered. Copy the request and paste it into a new email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into a new email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scim-request.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::RunPage</name>
    <message>
        <source>A check is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::RunTarget</name>
    <message>
        <source>Choose a stored profile first.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Start &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;&lt;br&gt;Everything here runs against the embedded sandbox tenant on this computer. Nothing is sent anywhere and nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pilot run against %1 (started %2) did not finish cleaning up; its test users may still be there. Clean up before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored profile has that endpoint; run: scim-console cleanup --endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned up: nothing the pilot created is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still left behind: %1. Try again later, or with scim-console cleanup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping what you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed on this page has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StartPage</name>
    <message>
        <source>Welcome to SCIM Setup Console</source>
        <translation>Bienvenue dans SCIM Setup Console</translation>
    </message>
    <message>
        <source>Safe SCIM provisioning from Microsoft Entra ID or Okta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::TenantPage</name>
    <message>
        <source>Your %1 tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant SCIM should provision users into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the names exactly as %1 knows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;location (if relevant):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::ThroughputChart</name>
    <message>
        <source>Latency and request rate chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a latency bucket (&quot;≤ 25 ms&quot;), %2 how many answers fell in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers by latency: %1</source>
        <extracomment>%1 lists the buckets (&quot;≤ 10 ms: 4, ≤ 25 ms: 120, …&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in each second: %1</source>
        <extracomment>%1 lists one number per second (&quot;5, 10, 15&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent in each second: %1</source>
        <extracomment>%1 lists one number per second (&quot;5, 10, 15&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::TimelineWidget</name>
    <message>
        <source>Request timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
started at %2 ms, took %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a retry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::VerifyPage</name>
    <message>
        <source>Verify the endpoint and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your identity provider is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console checks the URL, the connection and its certificate, that the token works and a wrong one is refused, and that Entra ID&apos;s and Okta&apos;s own test connections will pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed. Continue with the pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed: select one for what to do, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification is still running; it only reads, so stopping it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::WelcomePage</name>
    <message>
        <source>Prepare your SCIM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ten minutes now, then a reply from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What SCIM does.&lt;/b&gt; Your identity provider creates, updates and deactivates %1 accounts for you, and keeps group membership in step — joiners, movers and leavers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do.&lt;/b&gt; SCIM does not sign anyone in: single sign-on (SSO) does that. You will usually use both.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you will need.&lt;/b&gt; Your tenant&apos;s name and subdomain (the first part of its web address), its location if you have more than one, and the person who should receive the endpoint URL and secret token.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens then.&lt;/b&gt; You send the request from your own mailbox; %1 enables SCIM and sends the details to your named contact. Come back here with them to store and test them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished">Argument inattendu : %1
</translation>
    </message>
    <message>
        <source>A token never goes on the command line: use SCIM_CONSOLE_TOKEN or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2
Run “%1 %3 --help” for the options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::AuthOptions</name>
    <message>
        <source>How to authenticate: bearer (default), header, basic or oauth-client-credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic: the username; the password comes from SCIM_CONSOLE_PASSWORD or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished">URL</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the client id; the client secret comes from SCIM_CONSOLE_CLIENT_SECRET or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth-client-credentials: the scope to ask for (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth-client-credentials: authenticate to the token endpoint with basic (an HTTP Basic header) or form (form fields); default: basic, then form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth is one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to --auth %2.</source>
        <extracomment>%1 is a flag such as --client-id, %2 the authentication mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <extracomment>%1 is &quot;Secret token&quot;, &quot;Password&quot; or &quot;Client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::CleanupCommand</name>
    <message>
        <source>finish the cleanup of a pilot run that was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes what an interrupted pilot run created, from its journal: the memberships it added and the users — only those carrying that run&apos;s marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>Leave the pilot users deactivated instead of deleting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clean up for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::DemoCommand</name>
    <message>
        <source>try everything against the embedded sandbox tenant, without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>Write the JSON result to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the embedded sandbox SCIM tenant on this computer and runs the console&apos;s checks against it. Nothing is sent anywhere and nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: the embedded sandbox tenant is running at %1 with the group “SCIM Pilot”.
This is what `scim-console verify` shows for a healthy SCIM endpoint.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Try it against your own endpoint: scim-console verify --endpoint URL --token-stdin
Or open the wizard on a desktop: scim-console --demo
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Now the pilot: one synthetic user&apos;s whole life, sent exactly as Microsoft Entra ID sends it, then cleaned up.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::GroupCommand</name>
    <message>
        <source>predict the IdP&apos;s first sync for the pilot group in a CSV file (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the IdP&apos;s first cycle, check each person of the CSV file arrived (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each person in the file: would the IdP create a new account, link to an existing one, or collide with one that differs in case, email or externalId? Sends the IdP&apos;s own matching request and never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each person in the file: did the account arrive, is it active, are its attributes as in the file, is it in the group — and who is in the group but not in the file. Never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>The pilot group as CSV: a header row with userName (Entra ID and Okta user exports work too), at most %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose matching request to send: entra or okta (default: the profile&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SSO signs people in with: email or userName (default: the profile&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot group&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot group&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>--users FILE.csv is required: the people of the pilot group.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sso-attribute is email or userName, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group? Give --group-name or --group-id (or store one in the profile).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::MappingsCommand</name>
    <message>
        <source>show the attribute mapping a pilot replays (default, a profile&apos;s, or an imported one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the attribute mapping the pilot sends, row by row, with the value its synthetic person sends for each. Nothing is sent to any service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>entra or okta (default: the profile&apos;s IdP, else entra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile whose mapping to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>An Entra ID synchronization schema (Graph: GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema) or a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished">FICHIER</translation>
    </message>
    <message>
        <source>Switch this row on (Okta). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this row off (Okta). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute Okta finds users by (default: userName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the result for --profile&apos;s pilots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget --profile&apos;s mapping: back to the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the mapping as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is named “%1”; see “scim-console profile list”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --profile: the mapping is remembered for a profile.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot be used: %1. Nothing was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has no row for “%1”; see “scim-console mappings”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attribute mapping (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the manager&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [off]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [matching %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [on create]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::PilotCommand</name>
    <message>
        <source>replay a synthetic user&apos;s life as Entra ID or Okta sends it, then clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a synthetic pilot user, changes it, adds it to and removes it from the group, deactivates and deletes it — with exactly the requests your identity provider sends — and removes everything it created, whatever happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>How the IdP talks (default: the profile&apos;s IdP):%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test membership with the group with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test membership with the group with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>Domain of the synthetic userNames (default: the contact&apos;s, else example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many synthetic users (1–50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished">N</translation>
    </message>
    <message>
        <source>How many at once, like an IdP&apos;s burst (1–16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the pilot users deactivated instead of deleting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect is one of %1, not “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a whole number from 1 to %2, not “%3”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-domain needs a domain such as example.com, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A previous pilot run against %1 did not finish its cleanup. Run “scim-console cleanup” with the same target first; nothing was sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left behind: %1. Run “scim-console cleanup” with the same target to try again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot with this attribute mapping: an Entra ID synchronization schema or a mapping file (default: the profile&apos;s, else the IdP&apos;s default; see “scim-console mappings”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished">FICHIER</translation>
    </message>
    <message>
        <source>--mappings: %1. Nothing was sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s attribute mapping cannot be used: %1. Run “scim-console mappings --profile %2 --reset”, or import it again; nothing was sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute mapping is %1&apos;s, but the pilot plays %2; give a matching --dialect.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::ProfileCommand</name>
    <message>
        <source>add, list, rename, re-token or remove stored profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile command “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says it expires on %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: scim-console profile add NAME --endpoint URL
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  identity provider: %2
  endpoint: %3
  token stored: %4
  last verify: %5
  last pilot: %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the new token for “%1”.
Now paste the same token into %2 (the old one stops working), then check it with: scim-console verify --profile &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was kept because its token could not be removed from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile “%1” and its token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  scim-console profile add NAME --endpoint URL [options]   (token on stdin)
  scim-console profile edit NAME [--endpoint URL] [options]
  scim-console profile list [--json]
  scim-console profile rename OLD NEW
  scim-console profile set-token NAME   (token on stdin)
  scim-console profile remove NAME
Run “scim-console profile add --help” (or edit, list, …) for the options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a new profile: the endpoint and its details in the settings, the token — read from standard input — in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile add NAME --endpoint URL [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile edit NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --endpoint, --idp, --group-id, --group-name, --ca-file, --sso-attribute.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the stored profiles; never a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames a profile; its token stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile rename OLD NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces a profile&apos;s token with one read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile set-token NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a profile: its token from the keychain first, then its details and its run history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the %3 is in your system keychain.
</source>
        <extracomment>%3 is &quot;secret token&quot;, &quot;password&quot; or &quot;client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a stored profile&apos;s details; only the options given change. The secret stays in the keychain (profile set-token replaces it); a new --auth mode reads its own secret from its variable or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” and its new %2.
</source>
        <extracomment>%2 is &quot;secret token&quot;, &quot;password&quot; or &quot;client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::ProfileOptions</name>
    <message>
        <source>The SCIM endpoint URL you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished">URL</translation>
    </message>
    <message>
        <source>The identity provider you will connect: entra or okta (default entra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service provider&apos;s group for the pilot, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service provider&apos;s group for the pilot, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (your organisation&apos;s TLS inspection CA); an empty value removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SSO signs people in with: email or userName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an endpoint host outside the service provider&apos;s usual ones (after checking it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint URL is required: the SCIM endpoint URL you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s usual hosts (%3). Check the URL against the message you received; if it is right, add --accept-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sso-attribute is email or userName, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 lists %3 as its authentication, not %2; check the message you received.</source>
        <extracomment>%1 is the vendor, %2 the mode given, %3 the modes the vendor lists</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::RequestCommand</name>
    <message>
        <source>write the SCIM setup request for the service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the SCIM setup request (tenant details and the named contact) as the service provider wants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>Read the request from a JSON file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished">FICHIER</translation>
    </message>
    <message>
        <source>Write the email: recipient, subject and body (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mailto: link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the request as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: scim-console request [--from FILE.json] [--text | --mailto | --json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 setup request. Press Enter to skip an optional question.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider (entra or okta, optional): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant location, if relevant (e.g. %1): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant subdomain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named contact (receives the endpoint and token): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named contact&apos;s email: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Stopped before the request was complete; nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request with --from FILE.json, or run this on a terminal to be asked for each field.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request on standard input is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::RunOptions</name>
    <message>
        <source>Write the JSON result to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished">FICHIER</translation>
    </message>
    <message>
        <source>Give each request this long (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished">MS</translation>
    </message>
    <message>
        <source>--timeout-ms is a whole number of milliseconds from 1 to 600000, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the result to FILE: .html, .pdf, .json, or .xml (JUnit); readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::RunPrinter</name>
    <message>
        <source>%1 of %2

</source>
        <extracomment>%1 is the run (Verify, Pilot, …), %2 the endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    → %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1: %2, in %3 ms
</source>
        <extracomment>%1 &quot;Verify passed&quot; and the like, %2 the counts (&quot;14 passed, 1 warning&quot;), %3 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(On the command line: --timeout-ms MS.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(On the command line: --ca-file PEM.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(On the command line: --group-name NAME or --group-id ID.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
First sync for the file&apos;s %Ln people: %1
</source>
        <extracomment>%Ln is the number of people in the file, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::SandboxCommand</name>
    <message>
        <source>run the embedded SCIM sandbox tenant on loopback</source>
        <translation>lancer le tenant SCIM bac à sable intégré en boucle locale</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d’écoute ; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name of the seeded group.</source>
        <translation>Nom du groupe créé d’office.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Reject what RFC 7643/7644 reject.</source>
        <translation>Refuser ce que les RFC 7643/7644 refusent.</translation>
    </message>
    <message>
        <source>Serve https with --cert and --key.</source>
        <translation>Servir en https avec --cert et --key.</translation>
    </message>
    <message>
        <source>PEM certificate for --tls.</source>
        <translation>Certificat PEM pour --tls.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>PEM private key for --tls.</source>
        <translation>Clé privée PEM pour --tls.</translation>
    </message>
    <message>
        <source>Delay every answer.</source>
        <translation>Retarder chaque réponse.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Never answer any request.</source>
        <translation>Ne répondre à aucune requête.</translation>
    </message>
    <message>
        <source>Fault for the Nth matching request (repeatable): METHOD:PATH:N:ACTION, ACTION a status, drop, hang, or 429=SECONDS.</source>
        <translation>Panne pour la N-ième requête correspondante (répétable) : MÉTHODE:CHEMIN:N:ACTION, ACTION un statut, drop, hang ou 429=SECONDES.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Answer every request with an HTML login page.</source>
        <translation>Répondre à chaque requête par une page de connexion HTML.</translation>
    </message>
    <message>
        <source>Answer application/json instead of application/scim+json.</source>
        <translation>Répondre application/json au lieu de application/scim+json.</translation>
    </message>
    <message>
        <source>Shift the Date header by SECONDS.</source>
        <translation>Décaler l’en-tête Date de SECONDES.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Answer every request with 307 to URL.</source>
        <translation>Répondre à chaque requête par 307 vers URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Answer 404 when a filter matches nothing.</source>
        <translation>Répondre 404 quand un filtre ne trouve rien.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.
</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, pas « %4 ».
</translation>
    </message>
    <message>
        <source>--tls needs --cert FILE and --key FILE (PEM).
</source>
        <translation>--tls exige --cert FICHIER et --key FICHIER (PEM).
</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.
</source>
        <translation>Aucun certificat PEM dans %1.
</translation>
    </message>
    <message>
        <source>No PEM private key (RSA or EC) in %1.
</source>
        <translation>Aucune clé privée PEM (RSA ou EC) dans %1.
</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.
</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1.
</translation>
    </message>
    <message>
        <source>Accept any token, or none: an endpoint open to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo the token back in every error detail and in a response header, as careless services do; the console masks it wherever it shows an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare userName case-sensitively in filters, as some services do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept but never store this User attribute (repeatable): a SCIM path such as title, name.formatted, addresses.locality, addresses[type eq &quot;work&quot;].locality or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse with 400 invalidValue a User write that would store this attribute (repeatable); PATH as for --drop-attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the attribute&apos;s name out of a --reject-attribute refusal, as some services do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a SCIM attribute path such as title, name.formatted or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, not “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an in-memory SCIM 2.0 service provider on 127.0.0.1 until interrupted. Prints one JSON line with the endpoint, the authentication mode and its credentials, then one line per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clients authenticate: %1. bearer sends “Bearer TOKEN”, header the token alone (Okta’s HTTP Header), basic a user name and password, oauth-client-credentials access tokens from the sandbox’s token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens (1 to 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue signed JWT access tokens instead of opaque ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every token request with this status and server_error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every token endpoint answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check the client secret, as a broken token endpoint would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication the token endpoint accepts: basic (HTTP Basic), form (client_id and client_secret in the body) or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes a token request may ask for, comma-separated; any when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every token request with 307 to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an absolute URL, not “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be one of %1, not “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --auth oauth-client-credentials.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth-client-auth must be basic, form or both, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth-scopes needs a comma-separated list of scopes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” is a TLS 1.3 suite; --tls-ciphers chooses TLS 1.2 suites only, TLS 1.3 always offers OpenSSL’s defaults.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” authenticates with a pre-shared key or SRP, not the sandbox’s certificate.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” is not a TLS 1.2 cipher suite this build supports; it supports these (`openssl ciphers -v NAME` describes each):
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-ciphers needs a colon- or comma-separated list of OpenSSL cipher suite names.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest TLS version --tls offers: 1.2 (default) or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest TLS version --tls offers: 1.2 or 1.3 (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 cipher suites --tls offers, OpenSSL names separated by colons or commas (e.g. ECDHE-ECDSA-AES128-GCM-SHA256); OpenSSL’s defaults when not given. TLS 1.3 suites stay OpenSSL’s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 429 to SCIM requests beyond N in any one second (1 to 10000); refused requests do not count, and the token endpoint is not limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After of --rate-limit’s 429s (0 to 86400; default 1), or none to send no Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-after needs --rate-limit.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-after must be a whole number from 0 to 86400 or none, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --tls.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be 1.2 or 1.3, not “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-min-version %1 is above --tls-max-version %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::TargetOptions</name>
    <message>
        <source>Use the stored profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished">URL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”, and no profiles yet; add one with: scim-console profile add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no token stored. Set it with: scim-console profile set-token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the target with either --profile NAME or --endpoint URL.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCIM base URL; the secret comes from SCIM_CONSOLE_TOKEN (SCIM_CONSOLE_PASSWORD, SCIM_CONSOLE_CLIENT_SECRET) or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile keeps its own authentication; change it with: scim-console profile edit NAME --auth MODE …
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --endpoint, give the %2 in %1 or with --secret-stdin — never on the command line.
</source>
        <extracomment>%1 is an environment variable such as SCIM_CONSOLE_TOKEN, %2 &quot;secret token&quot;, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret (token, password or client secret) from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::VerifyCommand</name>
    <message>
        <source>check the endpoint URL and token before touching the identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the endpoint is reachable over sound TLS, that the token works and a wrong one is refused, that discovery and your group are right, and that Entra ID&apos;s and Okta&apos;s own test connections will pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>The identity provider you will connect: entra, okta or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the group with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the group with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NOM</translation>
    </message>
    <message>
        <source>--idp is entra, okta or both, not “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also measure throughput: read-only lookups at a rising rate up to 30 per second for at most 10 seconds (at most 225 requests), stopping at the first 429 or burst of errors. Never writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials::CleanToken</name>
    <message>
        <source>The token is empty. Paste the secret token you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains an invisible control character; copy it again from the message you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and %2 from inside the token (a wrapped paste); tokens hold none. Check it was copied whole.</source>
        <extracomment>a mail client wrapped the pasted token; %1 and %2 are counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line break(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credentials::ProfileStore</name>
    <message>
        <source>Give the profile a name, e.g. “Production”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, spaces and . _ ( ) - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials::TokenVault</name>
    <message>
        <source>%1 bytes; the limit here is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials::VaultResult</name>
    <message>
        <source>The token is stored in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this profile. Set it again with the token you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service, or no desktop session bus). The token is never written to a file instead. Log in to a desktop session with a keyring such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked, or there is no default keyring to store the token in. Unlock it (for example in Passwords and Keys, or by logging in again), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to SCIM Setup Console. Allow access when your system asks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. A password prompt may be waiting in another window; answer it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is longer than your system keychain can hold. Ask the service provider for a shorter token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a function without an expression, and its name and parameters do not make one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not parse at character %1: %2</source>
        <extracomment>%1 a position in the expression (1 is its first character), %2 what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is “%1”; expected Attribute, Constant or Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes %1 rows; the console reads at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes; a synchronization schema the console reads is at most 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is UTF-16 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing — this is not an Entra synchronization schema (fetch …/synchronization/jobs/{jobId}/schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is false: this job provisions no users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no mapping of User objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1” after the end of the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a function, an [attribute] or a &quot;string&quot;, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this string is never closed with &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this [ is never closed with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute name is missing in []</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is missing after -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functions are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “(” after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this “(” of %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “,” or “)” in %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %2, not %n argument(s)</source>
        <extracomment>%1 a function&apos;s name, %2 how many arguments it takes (a number, &quot;at least 2&quot;, &quot;1 to 2&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not evaluated; a sample value stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person has no app role; a sample role is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one of source, constant or expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;always&quot; or &quot;create-only&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 rows; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a JSON path such as $.user[3].target, %2 what is wrong there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s marker stands in for %1, so that the console can recognise its own test user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;entra&quot; or &quot;okta&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test user&apos;s userName stands in for %1, so that the console can find and remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::Cleanup</name>
    <message>
        <source>membership of %1 in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pilot user from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the pilot user deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pilot user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never created (no user %1 carries this run&apos;s marker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not touched: %1 does not carry this run&apos;s marker, so it is not the console&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE answered %1, yet the user can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE was refused (%1); deactivating instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could be neither deleted nor deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left deactivated: the service would not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s id for %1 cannot be used safely (%2); remove this user by hand in the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; reading it back gives 404, so the service no longer shows it over SCIM. Some services keep a deleted account&apos;s record where SCIM cannot see it; ask the service provider if that matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1 and left it so, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::CleanupJournal</name>
    <message>
        <source>The cleanup journal %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup journal %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::Diagnosis</name>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your proxy asks for credentials (HTTP 407) before it lets the request through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT team to allow %1 through the proxy without a login, or run the check from a network without the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the host in the endpoint URL. On a company network the name may only resolve on the VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and port in the endpoint URL; a firewall may also refuse the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between you and the service — a proxy, load balancer or firewall — cut the connection. If it persists, send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the tls-certificate step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint redirects (HTTP %1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers do not follow redirects with the token. If %1 is the real SCIM endpoint, use that URL; a redirect to a login page means this is not the SCIM API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent far more than a SCIM answer needs; check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page instead of SCIM JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL is the web app or a login page, not the SCIM API. Use the SCIM endpoint URL exactly as the service provider sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the token copied whole, with nothing missing at either end? Was it rotated since you received it? Store it again with “profile set-token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was accepted but is not allowed to do this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider to give this token access to users and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint URL: the path usually ends in /scim/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refuses the request&apos;s Accept header (HTTP 406).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID sends no JSON Accept header on reads; the service must answer anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429), even after waiting as it asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, the service&apos;s rate limit is too low for an identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it persists, send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service answers with a JSON object. Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console never sends a request that would reach another resource than the one it means. An id from the service made this URL; send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429) and asked to wait %1; the console waits at most %2, so it stopped.</source>
        <extracomment>%1 is a wait such as &quot;11 days&quot;, %2 one such as &quot;60 seconds&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or proxy may be holding the connection, or the service is overloaded. Try again, from a network with direct internet access, or allow more time for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused a freshly obtained access token (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint issues access tokens this SCIM endpoint does not accept: they may be meant for another service (audience), expire at once, or the client is not allowed to provision. Check the token endpoint URL and client id, then send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::EntraDialect</name>
    <message>
        <source>Entra ID&apos;s default: capitalised PATCH ops, active as the string &quot;False&quot;, member removal by value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID stops provisioning this user and retries in the next cycle (about 40 minutes); after repeated failures it quarantines the whole app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID keeps retrying the hard delete; the account stays behind in the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID logs the failure in its provisioning logs and retries in the next cycle; if failures go on, it quarantines the app and stops provisioning everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID, default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick this unless the service provider told you to add ?aadOptscim062020 to the Tenant URL: it is what a new Entra ID app sends out of the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refuses Entra&apos;s default request but accepts the RFC-compliant one: append ?aadOptscim062020 to the Tenant URL in Entra ID (the entra-rfc dialect) and this works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::EntraRfcDialect</name>
    <message>
        <source>Entra ID with ?aadOptscim062020: RFC-compliant PATCH (lower-case ops, booleans, path filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID with the aadOptscim062020 flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick this if the Tenant URL ends in ?aadOptscim062020 — because the service provider says so, or because the default pilot advised it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::FirstSyncEstimate</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1–%2 hours</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1–%2 days</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1–%2 minutes</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it near the low end</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it between the two bounds</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it near the high end, or beyond it</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the first cycle (Entra ID&apos;s guidance: %2–%3 minutes per user, group and membership).</source>
        <extracomment>%1 is a duration (&quot;about 24–192 minutes&quot;), %2 and %3 minutes per object (0.01, 0.08)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the first cycle (Entra ID&apos;s guidance: %2–%3 minutes per user, group and membership); %4.</source>
        <extracomment>%1 is a duration (&quot;about 24–192 minutes&quot;), %2 and %3 minutes per object (0.01, 0.08), %4 which bound the endpoint&apos;s answer time puts it near</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later cycles run about every %1 minutes.</source>
        <extracomment>%1 is the interval between Entra ID&apos;s later provisioning cycles in minutes (40)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta publishes no guidance on how long provisioning a number of people takes, so the console gives no estimate for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::GroupCsv</name>
    <message>
        <source>text after a closing quote; quote the whole value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted value; quote the value and double the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row with userName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no userName column (also accepted: userPrincipalName, Username, login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values where the header has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userName is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains a space or a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people: at most %2 — this is a pilot, not a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the invisible control character %1</source>
        <extracomment>%1 is a code point such as U+0000</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::GroupLookup</name>
    <message>
        <source>The group “%1” could not be found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group id cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group “%1” has an id the console cannot use safely: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group given: add the group&apos;s name or id to the profile to test membership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::GroupRun</name>
    <message>
        <source>The row can be provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the first sync will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its attributes are as in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the group but not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2) is in the group “%3” but not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this person should not be in the pilot, remove them from the group in the IdP; the next cycle then removes the membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: SSO signs people in by email, and this row has none to compare with the userName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: SSO signs in with the email %2, but SCIM would send the userName %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When SSO and SCIM identify a person by different values, the first sign-in can create a second account. Map userName to the email (or SSO to the userName) in the IdP&apos;s attribute mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the account could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with the userName %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP has not provisioned this person yet. Check that they are in the assigned group, and look for them in the IdP&apos;s provisioning logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the account has not arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not say whether the account is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person cannot sign in. Check the IdP&apos;s mapping for active, and whether the account was deactivated on the service side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file says “%2”, the service holds “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check the IdP&apos;s attribute mappings for these attributes, then let the next cycle update them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP pushes group memberships only for groups it is told to provision: check that the group is assigned to the app and its memberships are provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) in the group are not in the file: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Is this the pilot group? A pilot group holds a few people; check the group the profile names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the existing account %1: nothing new is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the existing account %1, which differs only in letter case: the service matches userName regardless of case, as the IdP&apos;s own lookup shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new is created. If SSO compares the user name exactly, align its case there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collides with %1: it differs only in letter case, and this service compares userName exactly, so the IdP&apos;s lookup does not find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depending on the service the IdP creates a second account for the same person or fails with a conflict. Align the userName&apos;s case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collides with %3: the %1 %2 already belongs to that account.</source>
        <extracomment>%1 is the column (email or externalId), %2 its value, %3 the account holding it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP would create a new account for %1, but the service will refuse it (409) or hold two accounts for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has this userName, email or externalId: the first sync creates one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::MappingCheck</name>
    <message>
        <source>%1 (%2 extension)</source>
        <extracomment>%1 is an attribute such as employeeNumber, %2 the extension&apos;s name such as enterprise</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1 → %2</source>
        <extracomment>the mapping row: an IdP source attribute or expression, and the SCIM attribute it fills</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Okta: Applications → the app → Provisioning → To App → Attribute Mappings, remove the mapping to “%1” (or Directory → Profile Editor → the app&apos;s user profile → delete the attribute), or ask the service provider to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Entra ID: Provisioning → Mappings → Provision Microsoft Entra ID Users → delete the row “%1 → %2”, or ask the service provider to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service&apos;s /Schemas lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service&apos;s /Schemas does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the service refuses a user that carries %1 (sent “%2”).%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails every user with this attribute and retries them; enough failures quarantine the app. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 has no value for this person, and %2 sends no empty values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped silently: sent “%1”%2, answered with success, but the user read back has no %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The service&apos;s /Schemas advertises it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning “works” but this data never arrives. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as sent: “%1”%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: sent “%1”, stored as “%2” (only the letter case differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: sent “%1”, stored as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compares what it sent with what it reads and may send the value again on every cycle. Ask the service provider to store it unchanged, or map the value the service keeps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::OktaAiwDialect</name>
    <message>
        <source>Okta App Integration Wizard: PUT for every change, never DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta app built with the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick this if you created the app yourself with Okta&apos;s App Integration Wizard (a SAML or SWA app with SCIM provisioning).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::OktaDialect</name>
    <message>
        <source>Okta catalog (OIN) app: PUT for profiles, path-less PATCH to deactivate, membership PATCH plus a rename PATCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta marks the deactivation as failed; the leaver keeps an active account until an admin retries the task in Okta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta marks this user&apos;s assignment as failed and shows it under Tasks; an admin must fix the cause and retry. Okta retries throttled requests itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta catalog app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick this if you added the service provider&apos;s app from the Okta Integration Network catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::OutcomeLook</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::PilotRun</name>
    <message>
        <source>Look for the user before creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the user (joiner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the user back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the user by userName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find it with the userName in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second create is refused (409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the user (mover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the user to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the user (leaver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is gone (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID would not: it quarantines the app. Answer 200 with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand-new userName matched %1 users: the filter is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP would link the new person to an existing account — the classic duplicate or wrong-account bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user named %1 yet, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without the new user&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP needs the id to change or remove the user later. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with HTTP %1 rather than 201.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID and Okta accept it; RFC 7644 says 201 Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the user could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user read back differs: userName “%1”, externalId “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values must round-trip unchanged, or the IdP keeps “correcting” them every cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter userName eq &quot;%1&quot; returned %2 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IdP matches existing accounts by this filter; without it, it creates duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found nothing: userName is compared case-sensitively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7643 makes userName case-insensitive and Okta&apos;s own test expects a match; a person whose address changes case would get a second account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second user with the same userName was created (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service must answer 409 with scimType uniqueness; otherwise every retry by the IdP creates another account. (The duplicate is removed by the cleanup.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with 409%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, but with %1 rather than 409.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta needs 409 to recognise an existing account; another answer shows as an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”, expected “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered the change with success but did not store it; the IdP will send it again every cycle and the account stays out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not a member after the add was answered with success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service ignores this membership request shape; group-based access would never be granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remove was answered with success, but the user is still a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service ignores this removal shape; leavers would keep group access. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: the deactivation itself was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active is stored as the string “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service kept Entra&apos;s string as it came; RFC 7643 makes active a boolean, and other clients may read it as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is still active after the deactivation was answered with success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaver keeps access. Services that handle only a PATCH with path &quot;active&quot; miss Okta&apos;s path-less shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can still be read after the delete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID believes the account is gone while it remains. (The cleanup tries again.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the user could not be read to confirm it is the console&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 does not carry this run&apos;s marker (externalId “%2”), so it is not the console&apos;s to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console writes only to objects it created in this run. Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with an id that cannot name one user: %1.</source>
        <extracomment>%1 is the reason, e.g. &quot;the id “..” is a path step, not a name&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stops here: a request built from this id could reach another resource. The cleanup looks the user up by its userName and this run&apos;s marker. Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user read back has the id “%1”, not “%2” as the create answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stops here: it changes only the object it created. Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the service changed the user&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the user no longer carries this run&apos;s marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it back gives 404: the service no longer shows it over SCIM (some services keep a deleted account&apos;s record where SCIM cannot see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 404 for a filter that matches no one; %1 tolerates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never deletes users: it deactivates them. The cleanup still removes this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the manager could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager was created without an id that names one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Found by creating test users with halves of the attributes: the service&apos;s error named none.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas could not be read (%1), so what it advertises is not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the user&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the manager (a follow-up PATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the user as %1 sends it, because of %2; it took the user without them, so the rest of the pilot ran with that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the rows for these attributes are deleted from the mapping (see the mapping steps), %1 fails every user. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the user could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the manager could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::Run</name>
    <message>
        <source>Not run: the run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::RunHistory</name>
    <message>
        <source>Could not create the history folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the run in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a run result of this tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::RunResult</name>
    <message>
        <source>Stopped: the run was cancelled while this request was under way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::RunSummary</name>
    <message numerus="yes">
        <source>%n passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no steps</source>
        <extracomment>separates the counts, e.g. &quot;14 passed, 1 warning&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed</source>
        <extracomment>%1 is the run, e.g. &quot;Verify&quot; or &quot;Pilot&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not run</source>
        <extracomment>the run could not reach the endpoint at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::Targets</name>
    <message>
        <source>The profile “%1” has no token stored; store the token you received for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an authentication mode; use one of %2.</source>
        <extracomment>%1 is the mode given, %2 the list of modes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a client authentication method; use basic or form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <extracomment>%1 is &quot;password&quot; or &quot;client secret&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains an invisible control character; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine::VerifyRun</name>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request without a token is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong token is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: /ServiceProviderConfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: /ResourceTypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: /Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID&apos;s Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s Test Connector Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups can be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown user id is 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are application/scim+json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the endpoint could not be reached safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: the token itself was refused (see auth-accepts-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint URL again from the message you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL had spaces or line breaks around it; they were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it without them into your identity provider too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to %1, a test server on this computer (http is refused for any other host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — https, path %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the connection (see the certificate step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http on this computer: there is no certificate to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1. The service provider must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2: the URL may name the wrong host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not safe to send the token over (%1). Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection was established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with HTTP 401, as it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with HTTP 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing is right; 401 is what RFC 7644 and the identity providers expect, and it makes a bad token easier to tell from missing permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with a wrong token: the endpoint does not check tokens — it is open to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without any token: the endpoint is open to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here. Do not connect an identity provider until the service provider fixes authentication; anyone could read and change your users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, but with HTTP %1 rather than 401. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /Users with the token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Entra ID nor Okta needs it to provision users; some tools and auditors read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says PATCH is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID changes group membership with PATCH only. If the service really lacks PATCH, groups will not provision from Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH supported; filter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed (found: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID treats 404 here as an error: Test Connection fails and, during provisioning, the app is quarantined after repeated failures. The service must answer 200 with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID expects a ListResponse; send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startIndex and itemsPerPage must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta&apos;s test reads totalResults, startIndex and itemsPerPage as integers; send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startIndex=1&amp;count=2 → a ListResponse of %1 users with integer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both identity providers list groups to link them; send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No group given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the group details you received; ids are exact, letter case included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the group name you received, letter for letter; the service provider creates this group for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups are named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the group&apos;s id instead of its name, so the right one is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 The answer still lists members although they were excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID always asks for groups without members; a service that sends them anyway gets slow and may time out as the group grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 404 with a SCIM Error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 404, but without a SCIM Error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers cope, but their logs will show no reason; RFC 7644 asks for an Error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 for a user that cannot exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider would believe a deleted user still exists; send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 instead of 404. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer with a body to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID and Okta accept it; RFC 7644 asks for application/scim+json, and stricter clients may refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM service answers with application/scim+json; this looks like a different service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not a JWT: it carries no expiry the console can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider whether and when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT without an expiry (exp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new token now; provisioning stops the day it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1 (in %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carried no readable Date header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 minutes off from this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-limited tokens and the two sides&apos; logs will disagree. Check this computer&apos;s clock; if it is right, tell the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 s of this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matters if you connect %1; you chose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS session was established (see reachability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only TLS versions this computer refuses (TLS 1.0 or 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer with TLS on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has a %1-bit %2 key, too small to be trusted.</source>
        <extracomment>%1 is a number of bits, %2 RSA or EC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and this computer share no cipher suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished">La négociation TLS a échoué : %1. {1?}</translation>
    </message>
    <message>
        <source>The certificate was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject %1, issuer %2, expires %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID requires TLS 1.2 and Okta refuses old versions too. The service provider must enable TLS 1.2 on the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL says https, but the server speaks plain http (or something else) on that port. Check the scheme and port in the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID accepts only RSA keys of 2048 bits or more (or EC keys of 256 bits or more). The service provider must replace the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not safe to send the token over. Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 404 for a %1 filter that matches no one.</source>
        <extracomment>%1 is &quot;user&quot; or &quot;group&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random %1 name (%2) matched %3: the filter is ignored.</source>
        <extracomment>%1 is &quot;user&quot; or &quot;group&quot;, %2 the random name, %3 how many matched</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID matches users and groups with filters; without working filters it creates duplicates or links the wrong accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random userName and a random group name each gave 200 with an empty list, as Entra ID expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not come from an authority this computer trusts (%1). If your organisation inspects TLS or runs its own CA, give the console that CA&apos;s certificate as the profile&apos;s CA file. The console never turns certificate checks off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider for a new token, store it in the profile, and update your identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the group details you received to the profile (its group name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID does not offer Basic authentication (username and password) for provisioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider for a secret token or for OAuth client credentials, and store those in the profile instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID always sends the token as “Bearer &lt;token&gt;”; it cannot send a bare header token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with the bearer mode: if the service accepts “Bearer &lt;token&gt;”, Entra ID&apos;s Secret Token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta has no client credentials mode: its OAuth for SCIM is the authorization code grant only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider for a token Okta can send (its HTTP Header or OAuth Bearer Token modes) or for Basic credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bearer token: Entra ID&apos;s Secret Token, Okta&apos;s OAuth Bearer Token or HTTP Header mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header token without the word Bearer: Okta&apos;s HTTP Header mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication with username “%1”: Okta&apos;s Basic Auth mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials for client “%1”: Entra ID&apos;s OAuth2 client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 describes the mode, %2 says which IdP cannot use it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: the token endpoint could not be reached safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s TLS failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered over plain http on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered over TLS; certificate for %2 from %3, expires %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s certificate expires in under 30 days; without it no access token, and provisioning stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id and secret in an HTTP Basic header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id and secret as form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token for client “%1”, obtained with %2.</source>
        <extracomment>%1 is the client id, %2 says how the client authenticated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same credentials in an HTTP Basic header were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6749 says every token endpoint must accept HTTP Basic, and how Entra ID sends the client credentials is not published. Ask the service provider to accept both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint issued an access token for a wrong client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here: anyone who knows the client id gets in. The service provider must check the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear refusal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong secret should get HTTP 401 with invalid_client (RFC 6749 §5.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with HTTP %1 and invalid_client, as it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with HTTP %1 and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing is right; RFC 6749 §5.2 names it invalid_client, which tells a wrong secret from other problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token was issued (see oauth-grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT: expires %1, audience “%2”, issuer “%3”.</source>
        <extracomment>%1 the expiry, %2 the audience, %3 the issuer (each as the JWT says)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft requires access tokens to live 60 minutes to 6 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not say how long the access token lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without expires_in an IdP renews only when refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The console renews tokens as they expire; ask the service provider to change the lifetime before you connect Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens are renewed from the client secret (see oauth-token-lifetime); when the client secret expires only the service provider knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask when the client secret expires (Microsoft&apos;s rule for gallery apps: one to three years) and note the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password carries no expiry the console can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider whether the password expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication mode suits the identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answers over sound TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials grant works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong client secret is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong password is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: no access token could be obtained (see oauth-grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with a wrong password: the endpoint does not check passwords — it is open to anyone who knows the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: the right client secret was not accepted either (see oauth-grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid certificate for %1 from %2, expires %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS versions accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID&apos;s cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per second sustained; median %2 ms, p95 %3 ms, p99 %4 ms over %5 read-only requests.</source>
        <extracomment>%1 requests per second, %2 %3 %4 milliseconds (median, 95th and 99th percentile), %5 requests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors in a row under load, so the step stopped.</source>
        <extracomment>%1 is a number of errors in a row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s cycles will meet the same failures, and Entra ID quarantines an app whose requests keep failing. Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 429 carried Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the 429 answers came without Retry-After.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 429 (too many requests) above %1 requests per second; Entra ID needs at least 25.</source>
        <extracomment>%1 is a rate in requests per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta waits as Retry-After asks. Entra ID does not slow down for custom apps and does not publish how it treats 429, so large cycles will keep meeting this limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Retry-After neither identity provider knows how long to wait; Entra ID does not slow down for custom apps at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider to allow at least 25 requests per second for your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is above Entra ID&apos;s 25 requests per second, but a 429 without Retry-After leaves the identity provider guessing how long to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID&apos;s gallery requirement is 25 requests per second; with answers this slow, every provisioning cycle takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not answered within the step&apos;s bounds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Okta gives up on a request after 60 seconds without an answer; an endpoint that stalls under load fails provisioning tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID needs 25 requests per second; the slowest answer took %1 ms, well within Okta&apos;s 60 seconds.</source>
        <extracomment>%1 is the slowest answer in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the endpoint did not accept the token (see auth-accepts-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http on this computer: there is no TLS to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts %1.</source>
        <extracomment>%1 and %2 are lists of TLS versions, e.g. &quot;TLS 1.2, TLS 1.3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts %1; refuses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be tried: this computer&apos;s TLS library no longer offers them.</source>
        <extracomment>%1 is a list of TLS versions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither TLS 1.2 nor TLS 1.3 works: no identity provider can connect. The service provider must enable TLS 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID connects with TLS 1.2 only: an endpoint that offers only TLS 1.3 fails its Test Connection. The service provider must enable TLS 1.2 as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are deprecated (RFC 8996) and Entra ID never uses them; ask the service provider to turn them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: the server refuses TLS 1.2 (see tls-protocols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried, as this computer&apos;s TLS library does not offer them: %1.</source>
        <extracomment>%1 is a list of cipher suite names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiates none of the eight cipher suites Entra ID requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID cannot connect to this endpoint. The service provider must enable ECDHE suites with AES-GCM (for example %1) for TLS 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiates only CBC suites of Entra ID&apos;s list: %1.</source>
        <extracomment>%1 is a list of cipher suite names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID lists the AES-GCM suites first; CBC suites are the weaker fallback and many security baselines turn them off. Ask the service provider to enable ECDHE with AES-GCM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiates %1 of Entra ID&apos;s suites: %2.</source>
        <extracomment>%1 is a number of suites, %2 their names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was seen (see tls-protocols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-bit %2 key.</source>
        <extracomment>%1 is a number of bits, %2 RSA, EC, DSA or DH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID accepts only RSA keys of 2048 bits or more or EC keys of 256 bits or more, and current TLS libraries refuse smaller ones. The service provider must replace the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at %1.</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on Microsoft&apos;s list of roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta publishes no list of roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not on Microsoft&apos;s list of roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s SCIM guidance names CNNIC, Comodo, CyberTrust, DigiCert, GeoTrust, GlobalSign, Go Daddy, VeriSign, WoSign and DST Root CA X3. If Entra ID&apos;s Test Connection fails with a certificate error, ask the service provider for a certificate from one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity provider connects to an expired certificate. The service provider must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <extracomment>%1 is a date, %n the days until then</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Under 30 days: when it expires, provisioning stops without warning. Remind the service provider to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports::Figures</name>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a number of milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <extracomment>%1 is &quot;21 ms&quot;; the median latency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1</source>
        <extracomment>%1 is &quot;48 ms&quot;; the 95th percentile of latency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 %1</source>
        <extracomment>%1 is &quot;90 ms&quot;; the 99th percentile of latency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>%1 is &quot;120 ms&quot;; the slowest answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all with Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none with Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Retry-After</source>
        <extracomment>%1 is how many of the 429 answers carried Retry-After</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ran to its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered 429 (too many requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 ms</source>
        <extracomment>%1 is a number of milliseconds: answers that took at most that long</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1 ms</source>
        <extracomment>%1 is a number of milliseconds: answers that took longer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per second sustained</source>
        <extracomment>%1 is a rate such as 24.6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <extracomment>%Ln is how many requests the step sent</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × 429</source>
        <extracomment>%1 is how many answers were HTTP 429 (too many requests)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × 429 (%2)</source>
        <extracomment>%1 is how many answers were HTTP 429, %2 how many had Retry-After (&quot;all with Retry-After&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <extracomment>%Ln is how many requests failed (no answer, or a 5xx)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the name of a measurement, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per second (up to %2 attempted)</source>
        <extracomment>%1 is the rate sustained, %2 the highest rate attempted, both per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per second</source>
        <extracomment>%1 is the rate sustained per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate sustained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is how many answers were HTTP 429, %2 how many had Retry-After (&quot;all with Retry-After&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (transport or 5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <extracomment>%1 is an HTTP status code, %2 how many answers had it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>bucket: count</comment>
        <extracomment>%1 is a latency bucket (&quot;≤ 25 ms&quot;), %2 how many answers fell in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports::JUnit</name>
    <message>
        <source>warning: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports::Report</name>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report file ends in .html, .pdf, .json or .xml (JUnit), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM %1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, nothing left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left behind: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report needs the graphical libraries; write .html and print it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the service did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>request</name>
    <message>
        <source>The vendor file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor file %1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” and “supportEmail” are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>request::SetupRequest</name>
    <message>
        <source>Enter the tenant subdomain: the first part of your tenant&apos;s web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the subdomain, not a whole web address: for https://acme.example.com that is “acme”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the first part of the host name: for acme.example.com that is “acme”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subdomain has at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subdomain uses only letters a–z, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subdomain cannot start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the named contact&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address looks like name@example.com, with one “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before “@” cannot start or end with a dot, or have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after “@” needs a dot, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after “@” (%1) is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider is “entra” or “okta”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of a setup request (expected: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains an invisible control character; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who should receive the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>“%1” is not a fault rule; use METHOD:PATH:N:ACTION, e.g. POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang or GET:/Users:1:429=2.</source>
        <translation>« %1 » n’est pas une règle de panne ; utilisez MÉTHODE:CHEMIN:N:ACTION, p. ex. POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang ou GET:/Users:1:429=2.</translation>
    </message>
    <message>
        <source>A string in the filter is not closed.</source>
        <translation>Une chaîne du filtre n’est pas fermée.</translation>
    </message>
    <message>
        <source>The filter string %1 has an invalid escape.</source>
        <translation>La chaîne de filtre %1 contient un échappement invalide.</translation>
    </message>
    <message>
        <source>Unexpected character “%1” in the filter.</source>
        <translation>Caractère inattendu « %1 » dans le filtre.</translation>
    </message>
    <message>
        <source>Unexpected “%1” in the filter.</source>
        <translation>« %1 » inattendu dans le filtre.</translation>
    </message>
    <message>
        <source>Expected “%1” in the filter.</source>
        <translation>« %1 » attendu dans le filtre.</translation>
    </message>
    <message>
        <source>“%1” is not a filter value; strings need double quotes.</source>
        <translation>« %1 » n’est pas une valeur de filtre ; les chaînes exigent des guillemets doubles.</translation>
    </message>
    <message>
        <source>Expected an operator in the filter.</source>
        <translation>Un opérateur est attendu dans le filtre.</translation>
    </message>
    <message>
        <source>The operator “%1” is not supported here.</source>
        <translation>L’opérateur « %1 » n’est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>“%1” is not a filter operator.</source>
        <translation>« %1 » n’est pas un opérateur de filtre.</translation>
    </message>
    <message>
        <source>Expected an attribute name in the filter.</source>
        <translation>Un nom d’attribut est attendu dans le filtre.</translation>
    </message>
    <message>
        <source>“not” is not supported here.</source>
        <translation>« not » n’est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>The filter is empty.</source>
        <translation>Le filtre est vide.</translation>
    </message>
    <message>
        <source>“active” must be a boolean (true or false), not %1.</source>
        <translation>« active » doit être un booléen (true ou false), pas %1.</translation>
    </message>
    <message>
        <source>“manager” is a complex attribute: send {&quot;value&quot;: &quot;&lt;id&gt;&quot;}.</source>
        <translation>« manager » est un attribut complexe : envoyez {&quot;value&quot;: &quot;&lt;id&gt;&quot;}.</translation>
    </message>
    <message>
        <source>The path “%1” has an unclosed “[”.</source>
        <translation>Le chemin « %1 » contient un « [ » non fermé.</translation>
    </message>
    <message>
        <source>The path “%1” is malformed after “]”.</source>
        <translation>Le chemin « %1 » est mal formé après « ] ».</translation>
    </message>
    <message>
        <source>“%1” belongs to the enterprise extension; prefix it with %2.</source>
        <translation>« %1 » appartient à l’extension entreprise ; préfixez-le par %2.</translation>
    </message>
    <message>
        <source>The path names no attribute.</source>
        <translation>Le chemin ne désigne aucun attribut.</translation>
    </message>
    <message>
        <source>“%1” is not an attribute of this resource.</source>
        <translation>« %1 » n’est pas un attribut de cette ressource.</translation>
    </message>
    <message>
        <source>The PatchOp schema is missing from “schemas”.</source>
        <translation>Le schéma PatchOp manque dans « schemas ».</translation>
    </message>
    <message>
        <source>“Operations” must be a non-empty array.</source>
        <translation>« Operations » doit être un tableau non vide.</translation>
    </message>
    <message>
        <source>“%1” is not a PATCH operation (add, replace or remove).</source>
        <translation>« %1 » n’est pas une opération PATCH (add, replace ou remove).</translation>
    </message>
    <message>
        <source>A remove operation needs a path.</source>
        <translation>Une opération remove exige un chemin.</translation>
    </message>
    <message>
        <source>The %1 operation on “%2” has no value.</source>
        <translation>L’opération %1 sur « %2 » n’a pas de valeur.</translation>
    </message>
    <message>
        <source>Without a path, the value must be an object of attributes.</source>
        <translation>Sans chemin, la valeur doit être un objet d’attributs.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>« %1 » est en lecture seule.</translation>
    </message>
    <message>
        <source>A remove operation takes no value; select the members to remove with a filter, e.g. members[value eq &quot;id&quot;].</source>
        <translation>Une opération remove ne prend pas de valeur ; choisissez les membres à retirer avec un filtre, p. ex. members[value eq &quot;id&quot;].</translation>
    </message>
    <message>
        <source>No value of “%1” matches [%2].</source>
        <translation>Aucune valeur de « %1 » ne correspond à [%2].</translation>
    </message>
    <message>
        <source>%1 %2 not found.</source>
        <translation>%1 %2 introuvable.</translation>
    </message>
    <message>
        <source>“schemas” must include %1.</source>
        <translation>« schemas » doit contenir %1.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>« %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>%1 “%2” is already taken.</source>
        <translation>%1 « %2 » est déjà pris.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Too many requests.</source>
        <translation>Trop de requêtes.</translation>
    </message>
    <message>
        <source>Injected fault.</source>
        <translation>Panne injectée.</translation>
    </message>
    <message>
        <source>No bearer token was sent.</source>
        <translation>Aucun jeton porteur n’a été envoyé.</translation>
    </message>
    <message>
        <source>The bearer token is not valid.</source>
        <translation>Le jeton porteur n’est pas valide.</translation>
    </message>
    <message>
        <source>The SCIM service is under %1.</source>
        <translation>Le service SCIM se trouve sous %1.</translation>
    </message>
    <message>
        <source>That method is not allowed here.</source>
        <translation>Cette méthode n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>No such %1.</source>
        <translation>%1 inexistant.</translation>
    </message>
    <message>
        <source>There is no %1 endpoint.</source>
        <translation>Il n’y a pas de point de terminaison %1.</translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1.</source>
        <translation>Le corps n’est pas un objet JSON : %1.</translation>
    </message>
    <message>
        <source>“%1” must be an integer.</source>
        <translation>« %1 » doit être un entier.</translation>
    </message>
    <message>
        <source>No resource matches the filter.</source>
        <translation>Aucune ressource ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The filter has more than %1 terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter nests more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute is not supported by this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos; is not supported by this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was sent in the Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header must hold the token alone, without “Bearer ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token in the Authorization header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Basic credentials were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header does not hold Basic credentials, base64 of user:password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header does not hold a bearer access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox token is not an access token here; get one from the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token endpoint in %1 mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n request(s) per second: slow down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>The endpoint URL&apos;s path “%1” would be sent as “%2”: it has “.” or “..” segments, or short ones that start with a dot. Use the URL exactly as the service provider sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL carries a secret in its query (%1=…). The token is sent in the Authorization header, never in the URL: remove “?%1=…” and give the token separately.</source>
        <extracomment>%1 is a URL query key such as access_token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, far beyond any count a SCIM service can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is a path step, not a name</source>
        <extracomment>%1 is &quot;.&quot; or &quot;..&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id contains an invisible control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s headers were larger than the limit (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would not stay at %2 once sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response headers of %1 bytes; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 100 response headers or 64 KiB of them, or unreadable ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL ends in %1; identity providers add that themselves.</source>
        <extracomment>%1 is /Users or /Groups</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the end: the base URL usually ends in /scim/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” does not mention scim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path usually ends in /scim/v2; check the URL against the message you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username must not contain a colon: Basic authentication could not tell where it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client credentials need a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client credentials need a token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint URL cannot be used: %1</source>
        <extracomment>%1 says what is wrong with the URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint did not accept the client id and secret (invalid_client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is known but may not use the client credentials grant (unauthorized_client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the scope asked for (invalid_scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint does not offer the client credentials grant (unsupported_grant_type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the grant (invalid_grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint found the request malformed (invalid_request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused with “%1” (HTTP %2).</source>
        <extracomment>%1 is the error code the token endpoint sent, %2 the HTTP status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client id and client secret again, whole; a secret also stops working when it expires or is rotated. Ask the service provider for a new one if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service provider to allow the client credentials grant for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the scope empty (Entra ID sends none) or use exactly the scope the service provider names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token endpoint cannot serve Entra ID&apos;s client credentials mode; ask the service provider for the right token endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers do not follow a token endpoint&apos;s redirect. If %1 is the real token endpoint, use that URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not sent over this connection. If your organisation runs its own CA, give the console its certificate as the profile&apos;s CA file; otherwise send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token endpoint URL; if it is right, send this report to the service provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint redirects (HTTP %1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint issued a “%1” token; identity providers send only bearer tokens.</source>
        <extracomment>%1 is the token_type the endpoint sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without an OAuth error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no access token could be obtained. %1</source>
        <extracomment>%1 says why the token endpoint gave no access token</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::OAuthClient</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 200 from the token endpoint, but without an access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token holds characters no HTTP header can carry, or is absurdly long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token could be obtained.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scim::Probe</name>
    <message>
        <source>The server chose another TLS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS handshake within the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
