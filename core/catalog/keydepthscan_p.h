#pragma once

// Private to the loader: a pre-parse guard against keys that would overflow the stack.

#include <QByteArrayView>

namespace sr::detail {

/// toml++ builds and frees the tables of a dotted key or header ([a.a.a…], a.a.a = 1,
/// x = { a.a.a = 1 }) recursively, so a key with a million parts overflows the stack
/// inside the parser. Returns the 1-based line of the first key with more than
/// `maxParts` parts, or 0 when there is none.
///
/// The scan tokenises the text as TOML does — basic, literal and multi-line strings with
/// their escapes, comments to the end of the line — and counts the parts of every chain
/// of keys joined by dots, wherever it stands (a header, before '=', inside an inline
/// table). It may over-count only in text that is not valid TOML, never under-count.
int deepKeyLine(QByteArrayView text, int maxParts);

} // namespace sr::detail
