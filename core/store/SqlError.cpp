// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlError.h"

#include "core/common/Tr.h"
#include "core/log/Log.h"

#include <sqlcipher/sqlite3.h>

Error sqlError(int rc, std::string_view operation)
{
    Log::get("store")->error("{} failed: {} ({})", operation, sqlite3_errstr(rc), rc);
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL) {
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The disk is full, so the encrypted store could not be written. Free some space "
                                   "and try again.")};
    }
    if (primary == SQLITE_READONLY || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM) {
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The encrypted store could not be opened or written. Check that its folder "
                                   "exists and is writable and that the disk is not full.")};
    }
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        return Error{ErrorCode::IoError,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The encrypted store is busy in another Scrim process. Try again in a moment.")};
    }
    if (primary == SQLITE_NOTADB) {
        return Error{ErrorCode::InvalidData,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The encrypted store cannot be read: wrong key or damaged file. The file was left "
                                   "unchanged.")};
    }
    if (primary == SQLITE_CORRUPT) {
        return Error{ErrorCode::InvalidData,
                     SCRIM_TR_NOOP("CoreErrors",
                                   "The encrypted store is damaged. Restart Scrim to move it aside and start a fresh "
                                   "one.")};
    }
    if (primary == SQLITE_NOMEM) {
        return Error{ErrorCode::OutOfMemory, SCRIM_TR_NOOP("CoreErrors", "The encrypted store ran out of memory.")};
    }
    return Error{
        ErrorCode::Internal,
        SCRIM_TR_NOOP("CoreErrors", "The encrypted store reported an internal error; see the diagnostics log.")};
}
