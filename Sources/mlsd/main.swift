import Glibc
import MLSDCLI

exit(Shell.main())
