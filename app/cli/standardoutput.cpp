#include "standardoutput.h"
#include "invocation.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cli {

StandardOutput::StandardOutput()
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 StandardOutput::readData(char *, qint64)
{
    return -1;
}

qint64 StandardOutput::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    errno = 0;
    if (std::fwrite(data, 1, size_t(size), stdout) != size_t(size)) {
        m_failed = true;
        m_error = errno;
        return -1;
    }
    return size;
}

bool StandardOutput::finish()
{
    if (!m_failed) {
        errno = 0;
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            m_failed = true;
            m_error = errno;
        }
    }
    if (m_failed)
        fail(Invocation::tr("cannot write the report to standard output: %1")
                 .arg(m_error ? QString::fromLocal8Bit(std::strerror(m_error)) : Invocation::tr("write error")),
             UsageError);
    return !m_failed;
}

} // namespace cli
