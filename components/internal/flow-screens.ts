// The bank's screens after the login page: A1, the account page and the steps of registration
// and deactivation (R1–R3, S1–S3). The login page is the first screen of every flow; these load
// on first use (components/internal/app-screens.ts), in one chunk, since a person who reaches
// one goes on to the next.
import '../bank-account.js';
import '../bank-deactivate-auth.js';
import '../bank-deactivate-done.js';
import '../bank-deactivate-otp.js';
import '../bank-login-otp.js';
import '../bank-register-auth.js';
import '../bank-register-done.js';
import '../bank-register-token.js';
