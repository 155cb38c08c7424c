import Glibc
import MLSDKit

exit(Shell.main())
