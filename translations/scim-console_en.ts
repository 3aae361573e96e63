<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>app::GoLivePage</name>
    <message numerus="yes">
        <source>Your %Ln people: %1</source>
        <extracomment>%Ln is the number of people to assign, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation>
            <numerusform>Your %Ln person: %1</numerusform>
            <numerusform>Your %Ln people: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MappingsPage</name>
    <message numerus="yes">
        <source>Imported %n user row(s) from %1.</source>
        <extracomment>%n is the number of user attribute mapping rows imported, %1 the file path</extracomment>
        <translation>
            <numerusform>Imported %n user row from %1.</numerusform>
            <numerusform>Imported %n user rows from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PilotGroupPage</name>
    <message numerus="yes">
        <source>%n people, ready to check.</source>
        <extracomment>%n is the number of people in the pilot group&apos;s CSV file</extracomment>
        <translation>
            <numerusform>%n person, ready to check.</numerusform>
            <numerusform>%n people, ready to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n people (read-only)…</source>
        <extracomment>%n is the number of people in the pilot group being checked</extracomment>
        <translation>
            <numerusform>Checking %n person (read-only)…</numerusform>
            <numerusform>Checking %n people (read-only)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention: select one for what it means and what to do.</source>
        <extracomment>%n is the number of failed checks</extracomment>
        <translation>
            <numerusform>%n check needs attention: select it for what it means and what to do.</numerusform>
            <numerusform>%n checks need attention: select one for what it means and what to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures; %n warning(s) to look at before you go on.</source>
        <extracomment>%n is the number of warnings</extracomment>
        <translation>
            <numerusform>No failures; %n warning to look at before you go on.</numerusform>
            <numerusform>No failures; %n warnings to look at before you go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::RunPrinter</name>
    <message numerus="yes">
        <source>
First sync for the file&apos;s %Ln people: %1
</source>
        <extracomment>%Ln is the number of people in the file, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation>
            <numerusform>
First sync for the file&apos;s %Ln person: %1
</numerusform>
            <numerusform>
First sync for the file&apos;s %Ln people: %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>common</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>%n is a number of bytes</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credentials::CleanToken</name>
    <message numerus="yes">
        <source>Removed %n space(s) from inside the token.</source>
        <extracomment>%n is the number of spaces removed; &quot;token&quot; is the SCIM secret pasted by the admin</extracomment>
        <translation>
            <numerusform>Removed %n space from inside the token.</numerusform>
            <numerusform>Removed %n spaces from inside the token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n line break(s) from inside the token.</source>
        <extracomment>%n is the number of line breaks removed; &quot;token&quot; is the SCIM secret pasted by the admin</extracomment>
        <translation>
            <numerusform>Removed %n line break from inside the token.</numerusform>
            <numerusform>Removed %n line breaks from inside the token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message numerus="yes">
        <source>%1 takes %2, not %n argument(s)</source>
        <extracomment>%1 a function&apos;s name, %2 how many arguments it takes (a number, &quot;at least 2&quot;, &quot;1 to 2&quot;)</extracomment>
        <translation>
            <numerusform>%1 takes %2, not %n argument</numerusform>
            <numerusform>%1 takes %2, not %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engine::GroupRun</name>
    <message numerus="yes">
        <source>%n more account(s)</source>
        <extracomment>%n is the number of further accounts not listed by name</extracomment>
        <translation>
            <numerusform>%n more account</numerusform>
            <numerusform>%n more accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) in the group are not in the file: %1</source>
        <extracomment>%n is the number of accounts, %1 a comma-separated list of their ids</extracomment>
        <translation>
            <numerusform>%n more account in the group is not in the file: %1</numerusform>
            <numerusform>%n more accounts in the group are not in the file: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) compared.</source>
        <extracomment>%n is the number of attributes compared</extracomment>
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
        <extracomment>%n is a number of steps (checks) that passed, part of a list like &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>%n is a number of steps (checks) that failed, part of a list like &quot;14 passed, 1 failed&quot;</extracomment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>%n is a number of warnings, part of a list like &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>%n is a number of steps (checks) skipped, part of a list like &quot;14 passed, 2 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>%n is a number of steps (checks) cancelled, part of a list like &quot;3 passed, 5 cancelled&quot;</extracomment>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engine::VerifyRun</name>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s).</source>
        <extracomment>%1 is the token&apos;s expiry date and time, %n the number of days until then</extracomment>
        <translation>
            <numerusform>The token expires on %1, in %n day.</numerusform>
            <numerusform>The token expires on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <extracomment>%n is the total number of groups at the service</extracomment>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n second(s).</source>
        <translation>
            <numerusform>The access token lives %n second.</numerusform>
            <numerusform>The access token lives %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n minute(s).</source>
        <extracomment>%n is the lifetime of an OAuth access token in minutes</extracomment>
        <translation>
            <numerusform>The access token lives %n minute.</numerusform>
            <numerusform>The access token lives %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the 429 answers came without Retry-After.</source>
        <translation>
            <numerusform>%n of the 429 answers came without Retry-After.</numerusform>
            <numerusform>%n of the 429 answers came without Retry-After.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not answered within the step&apos;s bounds.</source>
        <extracomment>%n is the number of requests left unanswered; &quot;step&quot; is this load check</extracomment>
        <translation>
            <numerusform>%n request was not answered within the step&apos;s bounds.</numerusform>
            <numerusform>%n requests were not answered within the step&apos;s bounds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <extracomment>%1 is a date, %n the days until then</extracomment>
        <translation>
            <numerusform>The certificate expires on %1, in %n day.</numerusform>
            <numerusform>The certificate expires on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports::Figures</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <extracomment>%Ln is how many requests the step sent</extracomment>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <extracomment>%Ln is how many requests failed (no answer, or a 5xx)</extracomment>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message numerus="yes">
        <source>More than %n request(s) per second: slow down.</source>
        <extracomment>%n is the sandbox&apos;s rate limit in requests per second</extracomment>
        <translation>
            <numerusform>More than %n request per second: slow down.</numerusform>
            <numerusform>More than %n requests per second: slow down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scim</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>%n is a number of days, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>%n is a number of hours, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>%n is a number of minutes, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <extracomment>%n is a number of seconds, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
