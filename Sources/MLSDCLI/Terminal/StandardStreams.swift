import Glibc
import MLSDCore

/// Makes the three standard streams safe before anything opens a file.
enum StandardStreams {
  /// A stream closed at start (`mlsd … <&-`) is reopened on /dev/null, so
  /// that no pipe or file the program opens later takes fd 0, 1 or 2: the
  /// signal pipe would otherwise be read as input, or output written into it.
  /// SIGPIPE is ignored so that a closed pipe (`| head`) shows up as EPIPE,
  /// which the output sink treats as a quiet end.
  static func prepare() {
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let flags = descriptor == 0 ? O_RDONLY : O_WRONLY
      let opened = open("/dev/null", flags)
      if opened >= 0 && opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
    signal(SIGPIPE, SIG_IGN)
  }
}
