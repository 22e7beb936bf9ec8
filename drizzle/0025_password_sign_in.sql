-- Sign-in with a work account (issue 18): an organisation may switch password sign-in off for its
-- members. Only honoured while the installation has a work-account provider (VAKSPIEGEL_OIDC_*).
ALTER TABLE "organisation" ADD COLUMN "password_sign_in" boolean DEFAULT true NOT NULL;
