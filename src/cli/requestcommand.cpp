#include "requestcommand.h"

#include "arguments.h"
#include "common/boundedfile.h"
#include "exitcode.h"
#include "output.h"
#include "request/setuprequest.h"
#include "request/vendor.h"
#include "secretinput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace cli {

namespace {

using request::SetupRequest;
using Field = SetupRequest::Field;

/// Asks for one field until it is valid; false at end of input.
bool ask(Output &output, const QString &prompt, Field field, QString *value)
{
    for (;;) {
        if (!readLine(prompt, output, value))
            return false;
        *value = value->trimmed();
        const QString problem = SetupRequest::check(field, *value);
        if (problem.isEmpty())
            return true;
        output.err(QStringLiteral("  %1\n").arg(problem));
    }
}

} // namespace

QString RequestCommand::summary() const
{
    return tr("write the SCIM setup request for the service provider");
}

QCoro::Task<int> RequestCommand::run(QStringList arguments, Output &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the SCIM setup request (tenant details and the named contact) as the "
           "service provider wants it."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("Read the request from a JSON file (- for standard input)."), tr("FILE"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("Write the email: recipient, subject and body (default)."));
    const QCommandLineOption mailto(QStringLiteral("mailto"), tr("Write a mailto: link."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the request as JSON."));
    parser.addOptions({help, from, text, mailto, json});
    if (!parser.parse(QStringList {name()} + arguments)) {
        output.err(parser.errorText() + QLatin1Char('\n'));
        co_return Usage;
    }
    if (parser.isSet(help)) {
        output.out(helpText(parser, QStringLiteral("request [options]")));
        co_return Passed;
    }
    if (!parser.positionalArguments().isEmpty()
        || int(parser.isSet(text)) + int(parser.isSet(mailto)) + int(parser.isSet(json)) > 1) {
        output.err(tr("Usage: scim-console request [--from FILE.json] [--text | --mailto | --json]\n"));
        co_return Usage;
    }
    const request::Vendor &vendor = request::Vendor::defaultVendor();

    SetupRequest setup;
    if (parser.isSet(from)) {
        // A request is a few hundred bytes; a device or an endless pipe is refused, not read.
        constexpr qint64 MaxBytes = 64 * 1024;
        const QString path = parser.value(from);
        common::BoundedFile read;
        if (path == QLatin1String("-")) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                read.data = in.read(MaxBytes + 1);
            if (read.data.size() > MaxBytes)
                //: %1 is a size in bytes, e.g. "64 KB"
                read.error = tr("The request on standard input is larger than %1.")
                                 .arg(common::describeBytes(MaxBytes));
        } else {
            read = common::BoundedFile::read(path, MaxBytes);
        }
        if (!read.ok()) {
            output.err(read.error + QLatin1Char('\n'));
            co_return Usage;
        }
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(read.data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            //: %1 is the file path, %2 the JSON parser's error message
            output.err(tr("%1 is not a JSON object: %2.\n")
                           .arg(path,
                                parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                             : tr("not an object")));
            co_return Usage;
        }
        QString error;
        setup = SetupRequest::fromJson(document.object(), &error);
        if (!error.isEmpty()) {
            output.err(QStringLiteral("%1: %2\n").arg(path, error));
            co_return Usage;
        }
    } else if (stdinIsTerminal()) {
        //: %1 is the service provider, e.g. SureCloud
        output.err(tr("The %1 setup request. Press Enter to skip an optional question.\n").arg(vendor.name));
        const bool complete
            = ask(output, tr("Identity provider (entra or okta, optional): "), Field::Idp, &setup.idp)
            && (!vendor.tenantLocationRelevant
                || ask(output,
                       //: %1 is a comma-separated list of tenant locations, e.g. EU, US
                       tr("Tenant location, if relevant (e.g. %1): ")
                           .arg(vendor.tenantLocations.join(QLatin1String(", "))),
                       Field::TenantLocation, &setup.tenantLocation))
            && ask(output, tr("Tenant name: "), Field::TenantName, &setup.tenantName)
            && ask(output, tr("Tenant subdomain: "), Field::TenantSubdomain, &setup.tenantSubdomain)
            && ask(output, tr("Named contact (receives the endpoint and token): "), Field::ContactName,
                   &setup.contactName)
            && ask(output, tr("Named contact's email: "), Field::ContactEmail, &setup.contactEmail);
        if (!complete) {
            output.err(tr("\nStopped before the request was complete; nothing was written.\n"));
            co_return Usage;
        }
    } else {
        output.err(
            tr("Give the request with --from FILE.json, or run this on a terminal to be asked for each "
               "field.\n"));
        co_return Usage;
    }

    const QList<SetupRequest::Problem> problems = setup.problems();
    if (!problems.isEmpty()) {
        for (const auto &problem : problems)
            output.err(
                QStringLiteral("%1: %2\n").arg(SetupRequest::fieldName(problem.field), problem.message));
        co_return Usage;
    }
    const request::RequestRenderer renderer(vendor);
    if (parser.isSet(json))
        output.out(QString::fromUtf8(QJsonDocument(setup.toJson()).toJson(QJsonDocument::Indented)));
    else if (parser.isSet(mailto))
        output.out(renderer.mailto(setup).toString(QUrl::FullyEncoded) + QLatin1Char('\n'));
    else
        output.out(renderer.text(setup) + QLatin1Char('\n') + vendor.credentialsReminder + QLatin1Char('\n'));
    co_return Passed;
}

} // namespace cli
