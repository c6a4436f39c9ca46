import type { Metadata } from "next";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p>
        We sent you a sign-in link. Open it on this device within {SIGN_IN_LINK_MINUTES} minutes; it works once. No email? Check
        the spam folder, or ask for a new link.
      </p>
    </>
  );
}
