<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>app::MappingsPage</name>
    <message numerus="yes">
        <source>Imported %n user row(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PilotGroupPage</name>
    <message numerus="yes">
        <source>%n people, ready to check.</source>
        <translation>
            <numerusform>%n person, ready to check.</numerusform>
            <numerusform>%n people, ready to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n people (read-only)…</source>
        <translation>
            <numerusform>Checking %n person (read-only)…</numerusform>
            <numerusform>Checking %n people (read-only)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention: select one for what it means and what to do.</source>
        <translation>
            <numerusform>%n check needs attention: select it for what it means and what to do.</numerusform>
            <numerusform>%n checks need attention: select one for what it means and what to do.</numerusform>
        </translation>
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
    <name>common</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credentials::CleanToken</name>
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
    <name>engine</name>
    <message numerus="yes">
        <source>%1 takes %2, not %n argument(s)</source>
        <extracomment>%1 a function&apos;s name, %2 how many arguments it takes (a number, &quot;at least 2&quot;, &quot;1 to 2&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engine::GroupRun</name>
    <message numerus="yes">
        <source>%n more account(s)</source>
        <translation>
            <numerusform>%n more account</numerusform>
            <numerusform>%n more accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) in the group are not in the file: %1</source>
        <translation>
            <numerusform>%n more account in the group is not in the file: %1</numerusform>
            <numerusform>%n more accounts in the group are not in the file: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) compared.</source>
        <translation>
            <numerusform>%n attribute compared.</numerusform>
            <numerusform>%n attributes compared.</numerusform>
        </translation>
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
</context>
<context>
    <name>engine::VerifyRun</name>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>The token expires on %1, in %n day.</numerusform>
            <numerusform>The token expires on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
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
</context>
<context>
    <name>scim</name>
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
</context>
</TS>
