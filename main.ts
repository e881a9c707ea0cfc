// The page's entry: defines the app shell, which opens the demo.
import './components/otp-rehearsal-app';
