#pragma once

#include <QMetaType>
#include <QString>

class QWizardPage;

namespace app {

/// What the wizard's logic (WizardFlow, in the core) may do with the start page, which the
/// executable builds before the core is loaded. An interface, so the core never calls the
/// executable's code directly.
class StartPageControl
{
public:
    /// The start page's three paths; WizardModel::Path has the same values.
    enum class Path { None, PrepareRequest, ReceivedCredentials, StoredProfile };

    /// Shows (or, with an empty @p message, hides) the offer to finish an interrupted cleanup.
    virtual void offerCleanup(const QString &message, bool canCleanHere) = 0;
    /// How the cleanup went: @p success shows it as done, not as a problem.
    virtual void showCleanupStatus(const QString &message, bool success = false) = 0;
    /// Takes up @p path where the admin left off, without asking again.
    virtual void resume(Path path) = 0;

protected:
    ~StartPageControl() = default;
};

/// The wizard's logic behind the start page: every other page, where each leads, what the admin
/// last saw, and whether the window may close. The window (SetupWizard) asks it; the core makes
/// it (Core::attachWizard()), or a test links it in (LinkedWizard).
class WizardController
{
public:
    virtual ~WizardController() = default;

    /// Offers an interrupted pilot's cleanup, or, with @p mayResume, takes the admin back to
    /// where they left off (not once they have chosen a path on the start page).
    virtual void begin(bool mayResume) = 0;
    /// The page with @p id, built (and wired to the pages it needs) on first use.
    virtual QWizardPage *buildPage(int id) = 0;
    /// The page after @p currentId, which is not the start page; -1 at the end of a path.
    virtual int nextId(int currentId) const = 0;
    /// Remembers @p id as where the admin is.
    virtual void pageShown(int id) = 0;
    /// The admin chose @p path on the start page.
    virtual void pathChosen(StartPageControl::Path path) = 0;
    /// The admin asked on the start page to finish an interrupted cleanup.
    virtual void cleanupRequested() = 0;
    /// False when a run is in progress or typed input would be lost: then it has asked the admin,
    /// and closes the window itself if they say so.
    virtual bool mayClose() = 0;
    /// Stopping a run before closing.
    virtual bool isClosing() const = 0;
};

} // namespace app

Q_DECLARE_METATYPE(app::StartPageControl::Path)
