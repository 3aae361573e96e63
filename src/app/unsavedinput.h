#pragma once

namespace app {

/// A page whose fields can hold what the admin typed but the console has not kept yet; the wizard
/// asks before closing over it.
class UnsavedInput
{
public:
    virtual ~UnsavedInput() = default;
    virtual bool hasUnsavedInput() const = 0;
};

} // namespace app
