# Who the application is, in one place: the desktop file, the AppStream metadata, the packages
# and the executable's own desktop-file name all use these.
set(SCIM_APP_ID "io.github.scim_console.ScimConsole")
set(SCIM_HOMEPAGE "https://github.com/scim-console/scim-console")
set(SCIM_MAINTAINER "SCIM Setup Console maintainers <scim-console@users.noreply.github.com>")
# The date of PROJECT_VERSION's release (YYYY-MM-DD): AppStream's release, the Debian changelog
# and the man page carry it, so a rebuild produces the same files.
set(SCIM_RELEASE_DATE "2026-12-03")
