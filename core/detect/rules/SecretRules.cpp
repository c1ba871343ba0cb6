// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets: provider keys and tokens, JWTs, private key blocks, credentials in assignments, URLs,
// connection strings and command lines. Patterns are written from each provider's published token
// format (prefix, length, alphabet); every pattern starts with a literal or a keyword so the
// RE2::Set prefilter stays cheap. See docs/detection-notes-secrets.md.
#include "core/common/Tr.h"
#include "core/detect/rules/RuleFamilies.h"

#include <string>
#include <utility>

namespace {

Rule secretRule(std::string id,
                std::string pattern,
                std::string validator,
                std::vector<std::string> contextWords,
                double baseScore,
                std::string reason)
{
    Rule r;
    r.id = std::move(id);
    r.type = EntityType::Secret;
    r.category = Category::Secret;
    r.pattern = std::move(pattern);
    r.validator = std::move(validator);
    r.contextWords = std::move(contextWords);
    r.baseScore = baseScore;
    r.reason = std::move(reason);
    return r;
}

// A token whose shape alone is not enough (no literal to find it by, or one that ordinary words
// hold): reported only next to one of `words` (0.15 without, 0.9 with), which also find it, each
// checked where it stands, without a pass of its own.
Rule nearWordsRule(
    std::string id, std::string pattern, std::string validator, std::vector<std::string> words, std::string reason)
{
    Rule r =
        secretRule(std::move(id), std::move(pattern), std::move(validator), std::move(words), 0.15, std::move(reason));
    r.contextBoost = 0.75;
    return r;
}

// A value that is only a secret because of the name it is assigned to: `<keyword>…<op> value`.
// The keyword may be part of a longer name (SNYK_API_TOKEN, sumologic.accessId); the operator is
// one of = := ::= ?= => : and the value may be quoted. Group 1 is the value.
std::string afterKeyword(const std::string& keywords, const std::string& value)
{
    return "(?:\\b|_)(?i:" + keywords + R"()[\w.-]{0,40}["'\]]?[ \t]*(?:[:?]{0,3}=|=>|:)[ \t]*["'`]?()" + value
           + R"()(?:[^A-Za-z0-9_-]|(?m:$)))";
}

// A UUID as some providers issue their keys.
const std::string uuid = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";

// What may follow a token without being part of it. Searches see only one line but the whole text as
// context, so the end of a line is "(?m:$)", not "$".
const std::string tokenEnd = "(?:[^A-Za-z0-9_-]|(?m:$))";

} // namespace

std::vector<Rule> RuleFamilies::secret()
{
    std::vector<Rule> r;

    // --- Cloud providers ----------------------------------------------------------------------
    r.push_back({
        .id = "aws-access-key-id",
        .type = EntityType::Secret,
        .category = Category::Secret,
        // Base32 after the prefix; AWS's documentation also uses AKIAI44QH8DHBEXAMPLE, outside that
        // alphabet, which is reported as the test value it is.
        .pattern = R"(\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)(?:[A-Z2-7]{16}|[A-Z0-9]{9}EXAMPLE)\b)",
        .validator = "aws-key-id",
        .contextWords = {"aws", "access key", "key id"},
        .baseScore = 0.9,
        .reason = SCRIM_TR_NOOP("Rules", "AWS access key ID"),
    });
    r.push_back(secretRule("aws-secret-access-key",
                           afterKeyword("aws", "[A-Za-z0-9/+]{40}"),
                           "keyword-token",
                           {"secret", "aws"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "AWS secret access key")));
    // Temporary credentials from AWS STS: the session token is base64 that starts with the same
    // bytes ("IQoJb3JpZ2luX2Vj", older "FwoGZXIvYXdz"), also URL-encoded in a presigned link's
    // X-Amz-Security-Token, which opens the object to anyone until it expires.
    r.push_back(
        secretRule("aws-session-token",
                   R"(\b((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz)(?:[A-Za-z0-9+/=]|%2[BFbf]|%3[Dd]){80,}))"
                   R"((?:[^A-Za-z0-9+/=%]|(?m:$)))",
                   "provider-token",
                   {"aws", "session", "security", "token"},
                   0.9,
                   SCRIM_TR_NOOP("Rules", "AWS temporary session token")));
    r.push_back(
        secretRule("aws-bedrock-api-key",
                   R"(\b(ABSK[A-Za-z0-9+/]{100,140}={0,2}|bedrock-api-key-[A-Za-z0-9+/]{20,1000}={0,2}))" + tokenEnd,
                   "bedrock-key",
                   {"bedrock", "aws"},
                   0.9,
                   SCRIM_TR_NOOP("Rules", "Amazon Bedrock API key")));
    // Google API keys are often public by design (Firebase web config, Maps JavaScript keys, keys
    // embedded in open-source clients), so a bare one is reported only with a word nearby that
    // says it is a key.
    r.push_back(secretRule("gcp-api-key",
                           R"(\b(AIza[A-Za-z0-9_-]{35}))" + tokenEnd,
                           "keyword-token",
                           {"google",
                            "gcp",
                            "firebase",
                            "maps",
                            "youtube",
                            "key",
                            "apikey",
                            "api_key",
                            "api",
                            "token",
                            "secret",
                            "credential"},
                           0.45,
                           SCRIM_TR_NOOP("Rules", "Google API key")));
    r.push_back(secretRule("google-oauth-client-secret",
                           R"(\b(GOCSPX-[A-Za-z0-9_-]{28}))" + tokenEnd,
                           "provider-token",
                           {"google", "oauth", "client_secret", "secret"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Google OAuth client secret")));
    r.push_back(secretRule("google-oauth-access-token",
                           R"(\b(ya29\.[A-Za-z0-9_-]{30,}))" + tokenEnd,
                           "provider-token",
                           {"google", "oauth", "bearer", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Google OAuth access token")));
    r.push_back(secretRule("digitalocean-token",
                           R"(\b(do[opr]_v1_[0-9a-f]{64}))" + tokenEnd,
                           "provider-token",
                           {"digitalocean", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "DigitalOcean access or refresh token")));
    r.push_back(secretRule("gcp-service-account",
                           R"("type"[ \t]*:[ \t]*"service_account")",
                           "",
                           {"private_key", "client_email", "project_id"},
                           0.7,
                           SCRIM_TR_NOOP("Rules", "Google Cloud service-account key file")));
    r.push_back(secretRule(
        "azure-ad-client-secret",
        R"((?:(?m:^)|[^A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|(?m:$)))",
        "provider-token",
        {"client_secret", "clientsecret", "secret", "azure", "tenant"},
        0.8,
        SCRIM_TR_NOOP("Rules", "Microsoft Entra ID (Azure AD) client secret")));
    r.push_back(secretRule(
        "azure-storage-connection-string",
        // Also a SAS connection string, which may start with the service's endpoint.
        R"((?:DefaultEndpointsProtocol=https?;|(?:Blob|Queue|Table|File)Endpoint=https?://)[^\s"'<>]*)"
        R"((?:AccountKey|SharedAccessSignature)=[^\s"'<>]+)",
        "connection-string",
        {"azure", "storage", "connection"},
        0.9,
        SCRIM_TR_NOOP("Rules", "Azure Storage connection string with an account key or a shared access signature")));
    r.push_back(secretRule("azure-storage-account-key",
                           R"((?i:AccountKey)[ \t]*[=:][ \t]*["']?([A-Za-z0-9+/]{86}==))",
                           "provider-token",
                           {"azure", "storage"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Azure Storage account key")));
    r.push_back(secretRule("cloudflare-origin-ca-key",
                           R"(\b(v1\.0-[0-9a-f]{24}-[0-9a-f]{146}))" + tokenEnd,
                           "provider-token",
                           {"cloudflare"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Cloudflare Origin CA key")));
    r.push_back(secretRule("heroku-api-key",
                           R"(\b(HRKU-AA[A-Za-z0-9_-]{58}))" + tokenEnd,
                           "provider-token",
                           {"heroku"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Heroku API key")));
    r.push_back(secretRule("heroku-api-key-legacy",
                           afterKeyword("heroku", uuid),
                           "keyword-token",
                           {"heroku"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Heroku API key (UUID form)")));
    r.push_back(
        secretRule("flyio-token",
                   R"(\b(fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{64,}={0,3})(?:[^A-Za-z0-9_+/=-]|(?m:$)))",
                   "provider-token",
                   {"fly", "flyv1"},
                   0.9,
                   SCRIM_TR_NOOP("Rules", "Fly.io access token")));
    r.push_back(secretRule("scalingo-api-token",
                           R"(\b(tk-us-[A-Za-z0-9_-]{48}))" + tokenEnd,
                           "provider-token",
                           {"scalingo"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Scalingo API token")));
    r.push_back(secretRule("databricks-token",
                           R"(\b(dapi[0-9a-f]{32}(?:-[0-9])?))" + tokenEnd,
                           "provider-token",
                           {"databricks", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Databricks access token")));
    r.push_back(secretRule("clickhouse-cloud-secret",
                           R"(\b(4b1d[A-Za-z0-9]{38}))" + tokenEnd,
                           "provider-token",
                           {"clickhouse", "secret", "key"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "ClickHouse Cloud API secret key")));
    r.push_back(secretRule("hashicorp-terraform-token",
                           R"(\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}))" + tokenEnd,
                           "provider-token",
                           {"terraform", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "HashiCorp Terraform Cloud API token")));
    r.push_back(secretRule("vault-token",
                           R"(\b(hv[sbr]\.[A-Za-z0-9_-]{90,300}))" + tokenEnd,
                           "provider-token",
                           {"vault", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "HashiCorp Vault token")));
    r.push_back(secretRule("vault-service-token-legacy",
                           R"(\b(s\.[A-Za-z0-9]{24}))" + tokenEnd,
                           "mixed-alnum-token",
                           {"vault", "token"},
                           0.6,
                           SCRIM_TR_NOOP("Rules", "HashiCorp Vault service token (legacy form)")));
    r.push_back(secretRule("openshift-token",
                           R"(\b(sha256~[A-Za-z0-9_-]{43}))" + tokenEnd,
                           "provider-token",
                           {"openshift", "oc login", "token", "bearer"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "OpenShift user token")));

    // --- Code hosting and CI ---------------------------------------------------------------------
    r.push_back({
        .id = "github-token",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern =
            R"(\b(?:(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{76}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b)",
        .validator = "random-token",
        .contextWords = {"github", "token", "gh"},
        .baseScore = 0.9,
        .reason = SCRIM_TR_NOOP("Rules", "GitHub access token"),
    });
    r.push_back(secretRule(
        "gitlab-token",
        R"(\b(gl(?:pat|ptt|rtr|rt|dt|cbt|ft|imt|soat|agent|oas|wt|ffct)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]{2,})*|GR1348941[A-Za-z0-9_-]{20}))"
            + tokenEnd,
        "provider-token",
        {"gitlab", "token"},
        0.9,
        SCRIM_TR_NOOP("Rules", "GitLab token")));
    r.push_back(secretRule("npm-token",
                           R"(\b(npm_[A-Za-z0-9]{36}))" + tokenEnd,
                           "provider-token",
                           {"npm", "registry", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "npm access token")));
    // A macaroon names its index in its first bytes: "pypi.org", or "test.pypi.org" for TestPyPI.
    r.push_back(secretRule("pypi-token",
                           R"(\b(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZ)[A-Za-z0-9_-]{50,}))" + tokenEnd,
                           "provider-token",
                           {"pypi", "twine", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "PyPI upload token")));
    r.push_back(secretRule("clojars-token",
                           R"(\b(CLOJARS_[a-z0-9]{60}))" + tokenEnd,
                           "provider-token",
                           {"clojars", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Clojars deploy token")));
    r.push_back(secretRule("sonar-token",
                           R"(\b(sq[upa]_[A-Za-z0-9]{40}))" + tokenEnd,
                           "keyword-token",
                           {"sonar", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "SonarQube / SonarCloud token")));
    r.push_back(secretRule("sonar-token-legacy",
                           afterKeyword("sonar", "[A-Za-z0-9]{40}"),
                           "keyword-token",
                           {"sonar", "token", "login"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "SonarQube / SonarCloud token")));
    r.push_back(secretRule("snyk-token",
                           afterKeyword("snyk", uuid),
                           "keyword-token",
                           {"snyk", "token"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Snyk API token")));
    r.push_back(secretRule("sourcegraph-token",
                           R"(\b(sgp_(?:[0-9a-fA-F]{16}_|local_)?[0-9a-fA-F]{40}))" + tokenEnd,
                           "provider-token",
                           {"sourcegraph", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Sourcegraph access token")));
    r.push_back(secretRule("sourcegraph-token-legacy",
                           afterKeyword("sourcegraph", "[0-9a-fA-F]{40}"),
                           "keyword-token",
                           {"sourcegraph", "token"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Sourcegraph access token")));
    r.push_back(secretRule("octopus-deploy-api-key",
                           R"(\b(API-[A-Z0-9]{26}))" + tokenEnd,
                           "keyword-token",
                           {"octopus", "apikey", "api key"},
                           0.7,
                           SCRIM_TR_NOOP("Rules", "Octopus Deploy API key")));
    r.push_back(secretRule("infracost-api-token",
                           R"((?:(?m:^)|[^A-Za-z0-9_./-])(ico-[A-Za-z0-9]{32}))" + tokenEnd,
                           "provider-token",
                           {"infracost"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Infracost API token")));
    r.push_back(secretRule(
        "sentry-token",
        R"(\b(sntrys_eyJ[A-Za-z0-9+/=]{40,}_[A-Za-z0-9+/=]{20,}|sntryu_[0-9a-f]{64})(?:[^A-Za-z0-9_+/=-]|(?m:$)))",
        "provider-token",
        {"sentry", "token"},
        0.9,
        SCRIM_TR_NOOP("Rules", "Sentry auth token")));
    r.push_back(secretRule(
        "grafana-token",
        R"(\b(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?:[^A-Za-z0-9_+/=-]|(?m:$)))",
        "provider-token",
        {"grafana", "token", "key"},
        0.9,
        SCRIM_TR_NOOP("Rules", "Grafana Cloud or service-account token")));

    r.push_back(secretRule("pulumi-access-token",
                           R"(\b(pul-[0-9a-f]{40}))" + tokenEnd,
                           "provider-token",
                           {"pulumi", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Pulumi access token")));
    r.push_back(secretRule("postman-api-key",
                           R"(\b(PMAK-[0-9a-f]{24}-[0-9a-f]{34}))" + tokenEnd,
                           "provider-token",
                           {"postman", "api key"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Postman API key")));
    // Doppler's token formats: personal, CLI, service account, SCIM and audit tokens; a service
    // token may carry the config's name between its prefix and its random part.
    r.push_back(secretRule(
        "doppler-token",
        R"(\b(dp\.(?:pt|ct|sa|scim|audit)\.[A-Za-z0-9]{40,44}|dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}))"
            + tokenEnd,
        "provider-token",
        {"doppler", "token"},
        0.9,
        SCRIM_TR_NOOP("Rules", "Doppler access token")));
    r.push_back(secretRule("linear-api-key",
                           R"(\b(lin_api_[A-Za-z0-9]{40}|lin_oauth_[0-9a-f]{64}))" + tokenEnd,
                           "provider-token",
                           {"linear", "api key", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Linear API key or OAuth token")));

    // --- AI providers ------------------------------------------------------------------------------
    r.push_back(secretRule("openai-api-key",
                           R"(\b(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}))"
                               + tokenEnd,
                           "provider-token",
                           {"openai", "api key", "bearer"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "OpenAI API key")));
    r.push_back(secretRule("anthropic-api-key",
                           R"(\b(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,100}AA))" + tokenEnd,
                           "provider-token",
                           {"anthropic", "claude", "api key"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Anthropic API key")));
    // Claude's OAuth access and refresh tokens (Claude Code's `setup-token`, CLAUDE_CODE_OAUTH_TOKEN).
    r.push_back(secretRule("anthropic-oauth-token",
                           R"(\b(sk-ant-o[ar]t[0-9]{2}-[A-Za-z0-9_-]{40,200}))" + tokenEnd,
                           "provider-token",
                           {"anthropic", "claude", "oauth", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Anthropic (Claude) OAuth token")));
    r.push_back(secretRule("huggingface-token",
                           R"(\b(hf_[A-Za-z0-9]{34}|api_org_[A-Za-z0-9]{34}))" + tokenEnd,
                           "mixed-case-token",
                           {"huggingface", "hugging face", "hf_token", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Hugging Face access token")));
    r.push_back(secretRule("perplexity-api-key",
                           R"(\b(pplx-[A-Za-z0-9]{48}))" + tokenEnd,
                           "provider-token",
                           {"perplexity"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Perplexity API key")));

    // --- Messaging, payments, SaaS -----------------------------------------------------------------
    r.push_back(secretRule("slack-token",
                           R"(\b((?:xox[abeoprs]|xapp)(?:\.xox[bp])?-[A-Za-z0-9-]{8,300}))" + tokenEnd,
                           "slack-token",
                           {"slack", "token", "bot"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Slack token")));
    r.push_back(secretRule("slack-webhook-url",
                           R"((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,})",
                           "provider-token",
                           {"slack", "webhook"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Slack incoming-webhook URL")));
    r.push_back(
        secretRule("stripe-key",
                   R"(\b((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,250}|whsec_[A-Za-z0-9+/=]{32,}))" + tokenEnd,
                   "provider-token",
                   {"stripe"},
                   0.9,
                   SCRIM_TR_NOOP("Rules", "Stripe secret or restricted key")));
    r.push_back(secretRule("square-token",
                           R"(\b(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60}))" + tokenEnd,
                           "provider-token",
                           {"square", "token", "secret"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Square access token or application secret")));
    r.push_back(secretRule("twilio-api-key",
                           R"(\b(SK[0-9a-fA-F]{32}))" + tokenEnd,
                           "keyword-token",
                           {"twilio", "api key", "secret"},
                           0.7,
                           SCRIM_TR_NOOP("Rules", "Twilio API key")));
    r.push_back(secretRule("twilio-auth-token",
                           afterKeyword("twilio", "[0-9a-f]{32}"),
                           "keyword-token",
                           {"twilio", "auth"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Twilio auth token")));
    r.push_back(secretRule("sendgrid-api-key",
                           R"(\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}))" + tokenEnd,
                           "provider-token",
                           {"sendgrid", "api key"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "SendGrid API key")));
    r.push_back(secretRule("mailchimp-api-key",
                           afterKeyword("mailchimp", "[0-9a-f]{32}-us[0-9]{1,2}"),
                           "keyword-token",
                           {"mailchimp"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Mailchimp API key")));
    r.push_back(secretRule("shopify-token",
                           R"(\b(shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}))" + tokenEnd,
                           "provider-token",
                           {"shopify", "token", "secret"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Shopify access token or shared secret")));
    // HubSpot private-app tokens name the data centre's region (na1, eu1) before a UUID.
    r.push_back(secretRule("hubspot-private-app-token",
                           R"(\b(pat-(?:na|eu|ap)[0-9]-)" + uuid + ")" + tokenEnd,
                           "provider-token",
                           {"hubspot", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "HubSpot private app access token")));
    r.push_back(secretRule("hubspot-api-key",
                           afterKeyword("hubspot", uuid),
                           "keyword-token",
                           {"hubspot"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "HubSpot API key")));
    r.push_back(secretRule("messagebird-key",
                           afterKeyword("messagebird|message_bird|message-bird", uuid + "|[A-Za-z0-9]{25}"),
                           "keyword-token",
                           {"messagebird"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "MessageBird API key or client ID")));
    r.push_back(secretRule("notion-api-token",
                           R"(\b(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}))" + tokenEnd,
                           "provider-token",
                           {"notion"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Notion integration token")));
    r.push_back(secretRule("atlassian-api-token",
                           R"(\b(ATATT3[A-Za-z0-9_=-]{180,}))" + tokenEnd,
                           "provider-token",
                           {"atlassian", "jira", "confluence", "token"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Atlassian API token")));
    r.push_back(secretRule("atlassian-api-token-legacy",
                           afterKeyword("atlassian|confluence|jira", "[A-Za-z0-9]{24}"),
                           "keyword-token",
                           {"atlassian", "jira", "confluence", "token"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Atlassian API token")));
    r.push_back(secretRule("okta-api-token",
                           afterKeyword("okta", "00[A-Za-z0-9_-]{40}"),
                           "keyword-token",
                           {"okta", "token"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Okta API token")));
    r.push_back(secretRule("sumologic-access-id",
                           afterKeyword("sumologic|sumo_|sumo-|sumo\\.", "su[A-Za-z0-9]{12}"),
                           "keyword-id",
                           {"sumo", "sumologic", "access"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Sumo Logic access ID")));
    r.push_back(secretRule("sumologic-access-key",
                           afterKeyword("sumologic|sumo_|sumo-|sumo\\.", "[A-Za-z0-9]{64}"),
                           "keyword-token",
                           {"sumo", "sumologic", "access"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Sumo Logic access key")));
    r.push_back(secretRule("maxmind-license-key",
                           R"(\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk))" + tokenEnd,
                           "provider-token",
                           {"maxmind", "geoip", "license"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "MaxMind license key")));
    r.push_back(secretRule("intra42-client-secret",
                           R"(\b(s-s4t2(?:ud|af)-[0-9a-f]{64}))" + tokenEnd,
                           "provider-token",
                           {"intra", "42", "secret"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "42 Intra API client secret")));
    r.push_back(secretRule("facebook-access-token",
                           R"(\b(EAA[A-Za-z0-9]{90,}|[0-9]{15,16}(?:\||%7C)[A-Za-z0-9_-]{27}))" + tokenEnd,
                           "provider-token",
                           {"facebook", "fb", "access_token", "graph"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Facebook / Meta access token")));
    r.push_back(secretRule("facebook-app-secret",
                           afterKeyword("facebook|fb_", "[0-9a-f]{32}"),
                           "keyword-token",
                           {"facebook", "secret"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Facebook app secret")));
    r.push_back(secretRule("onepassword-service-account-token",
                           R"(\b(ops_eyJ[A-Za-z0-9+/_-]{200,}={0,2}))",
                           "provider-token",
                           {"1password", "op_service_account_token", "service account"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "1Password service-account token")));
    r.push_back(secretRule(
        "onepassword-secret-key",
        R"(\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}))" + tokenEnd,
        "provider-token",
        {"1password", "secret key"},
        0.9,
        SCRIM_TR_NOOP("Rules", "1Password account secret key")));
    r.push_back(secretRule("age-secret-key",
                           R"(\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}))" + tokenEnd,
                           "age-key",
                           {"age"},
                           1.0,
                           SCRIM_TR_NOOP("Rules", "age encryption secret key")));

    // --- More providers whose tokens carry a prefix -------------------------------------------------
    // Each from the provider's published token format; the validator only refuses placeholders.
    struct Prefixed
    {
        const char* id;
        const char* pattern; // group 1 is the token; tokenEnd follows
        std::vector<std::string> context;
        const char* reason;
        // Tokens in both cases (the provider's alphabet has "_" or "-", so a snake_case name
        // after the prefix has the shape too), and a score below the minimum where the shape
        // alone is not enough and a context word must stand near.
        const char* validator = "provider-token";
        double score = 0.9;
    };
    const Prefixed prefixed[] = {
        {"telegram-bot-token",
         R"((?:(?m:^)|[^0-9A-Za-z_:]|bot)([0-9]{8,10}:AA[A-Za-z0-9_-]{33}))",
         {"telegram", "bot", "token"},
         SCRIM_TR_NOOP("Rules", "Telegram bot token")},
        {"docker-hub-token",
         R"(\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}))",
         {"docker", "token"},
         SCRIM_TR_NOOP("Rules", "Docker Hub access token"),
         "mixed-case-token"},
        {"rubygems-api-key",
         R"(\b(rubygems_[0-9a-f]{48}))",
         {"gem", "rubygems"},
         SCRIM_TR_NOOP("Rules", "RubyGems API key")},
        {"nuget-api-key", R"(\b(oy2[a-z0-9]{43}))", {"nuget", "api key"}, SCRIM_TR_NOOP("Rules", "NuGet API key")},
        {"supabase-token", R"(\b(sbp_[0-9a-f]{40}))", {"supabase"}, SCRIM_TR_NOOP("Rules", "Supabase access token")},
        {"planetscale-token",
         R"(\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}))",
         {"planetscale", "pscale"},
         SCRIM_TR_NOOP("Rules", "PlanetScale token or password"),
         "mixed-case-token"},
        {"buildkite-token", R"(\b(bkua_[0-9a-f]{40}))", {"buildkite"}, SCRIM_TR_NOOP("Rules", "Buildkite API token")},
        {"figma-token",
         R"(\b(figd_[A-Za-z0-9_-]{40,}))",
         {"figma"},
         SCRIM_TR_NOOP("Rules", "Figma access token"),
         "mixed-case-token"},
        {"contentful-token",
         R"(\b(CFPAT-[A-Za-z0-9_-]{43}))",
         {"contentful"},
         SCRIM_TR_NOOP("Rules", "Contentful management token")},
        {"plaid-access-token",
         R"(\b(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))",
         {"plaid"},
         SCRIM_TR_NOOP("Rules", "Plaid access token"),
         "provider-token",
         0.45},
        {"flutterwave-key",
         R"(\b(FLWSECK(?:_TEST)?-[0-9a-f]{32}-X))",
         {"flutterwave"},
         SCRIM_TR_NOOP("Rules", "Flutterwave secret key")},
        {"shippo-token",
         R"(\b(shippo_(?:live|test)_[0-9a-f]{40}))",
         {"shippo"},
         SCRIM_TR_NOOP("Rules", "Shippo API token")},
        {"brevo-api-key",
         R"(\b(xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}))",
         {"brevo", "sendinblue"},
         SCRIM_TR_NOOP("Rules", "Brevo (Sendinblue) API key")},
        {"tailscale-key",
         R"(\b(tskey-[a-z]{3,8}-[A-Za-z0-9]{8,}-[A-Za-z0-9]{16,}))",
         {"tailscale"},
         SCRIM_TR_NOOP("Rules", "Tailscale auth or API key"),
         "mixed-case-token"},
        {"groq-api-key", R"(\b(gsk_[A-Za-z0-9]{52}))", {"groq"}, SCRIM_TR_NOOP("Rules", "Groq API key")},
        {"replicate-token", R"(\b(r8_[A-Za-z0-9]{37}))", {"replicate"}, SCRIM_TR_NOOP("Rules", "Replicate API token")},
        {"openrouter-api-key",
         R"(\b(sk-or-v1-[0-9a-f]{64}))",
         {"openrouter"},
         SCRIM_TR_NOOP("Rules", "OpenRouter API key")},
        {"xai-api-key", R"(\b(xai-[A-Za-z0-9]{80}))", {"xai", "grok"}, SCRIM_TR_NOOP("Rules", "xAI API key")},
        {"newrelic-user-key",
         R"(\b(NRAK-[A-Z0-9]{27}))",
         {"newrelic", "new relic"},
         SCRIM_TR_NOOP("Rules", "New Relic user API key")},
        {"mapbox-secret-token",
         R"(\b(sk\.eyJ1Ijoi[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}))",
         {"mapbox"},
         SCRIM_TR_NOOP("Rules", "Mapbox secret access token")},
        // Sandbox tokens open a test account, but they are real credentials all the same.
        {"braintree-access-token",
         R"(\b(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}))",
         {"braintree", "paypal"},
         SCRIM_TR_NOOP("Rules", "Braintree (PayPal) access token")},
        // Vercel's tokens since 2025: the prefix names the kind (personal, integration, app
        // access, app refresh, AI Gateway key); the last six characters are the CRC-32 of the 50
        // before them in base 62, which the validator checks.
        {"vercel-token",
         R"(\b(vc[pciark]_[A-Za-z0-9_-]{50}[A-Za-z0-9]{6}))",
         {"vercel"},
         SCRIM_TR_NOOP("Rules", "Vercel access token or API key (valid checksum)"),
         "vercel-token"},
        // Netlify: personal, CLI, OAuth, app and build tokens, 40 characters in all.
        {"netlify-token",
         R"(\b(nf[pcoub]_[A-Za-z0-9_]{36}))",
         {"netlify"},
         SCRIM_TR_NOOP("Rules", "Netlify access token"),
         "mixed-case-token"},
        {"render-api-key",
         R"(\b(rnd_[A-Za-z0-9]{24,32}))",
         {"render"},
         SCRIM_TR_NOOP("Rules", "Render API key"),
         "mixed-alnum-token"},
        {"circleci-token",
         R"(\b(CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[0-9a-f]{40}))",
         {"circleci"},
         SCRIM_TR_NOOP("Rules", "CircleCI personal or project API token")},
        // Supabase's secret API keys (the publishable ones, sb_publishable_, are public).
        {"supabase-secret-key",
         R"(\b(sb_secret_[A-Za-z0-9_-]{31}))",
         {"supabase"},
         SCRIM_TR_NOOP("Rules", "Supabase secret API key"),
         "mixed-case-token"},
        {"brevo-smtp-key",
         R"(\b(xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}))",
         {"brevo", "sendinblue", "smtp"},
         SCRIM_TR_NOOP("Rules", "Brevo (Sendinblue) SMTP key")},
        // Dropbox's short-lived access tokens ("sl." and, newer and longer, "sl.u.").
        {"dropbox-token",
         R"(\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,}))",
         {"dropbox"},
         SCRIM_TR_NOOP("Rules", "Dropbox access token"),
         "mixed-case-token"},
        // Azure DevOps personal access tokens in the format of 2024 on: a fixed signature at 52
        // ("JQQJ99"), a year and a month letter, and "AZDO" before the last four characters.
        {"azure-devops-pat",
         R"(\b([A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}))",
         {"azure", "devops", "pat"},
         SCRIM_TR_NOOP("Rules", "Azure DevOps personal access token")},
        {"dynatrace-token",
         R"(\b(dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}))",
         {"dynatrace"},
         SCRIM_TR_NOOP("Rules", "Dynatrace API token")},
        {"langsmith-api-key",
         R"(\b(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}))",
         {"langsmith", "langchain"},
         SCRIM_TR_NOOP("Rules", "LangSmith API key")},
        {"jfrog-api-key",
         R"(\b(AKCp[A-Za-z0-9]{68,70}))",
         {"jfrog", "artifactory"},
         SCRIM_TR_NOOP("Rules", "JFrog Artifactory API key")},
        {"harness-token",
         R"(\b((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}))",
         {"harness"},
         SCRIM_TR_NOOP("Rules", "Harness personal or service account token")},
    };
    for (const auto& p : prefixed) {
        r.push_back(secretRule(p.id, std::string(p.pattern) + tokenEnd, p.validator, p.context, p.score, p.reason));
    }
    // Discord bot tokens: the bot's user id in base64 (the validator decodes it: 17 to 20 digits),
    // a timestamp and an HMAC, dot-separated. No literal to find them by, and the shape around the
    // dots as a prefilter made the searched group's pass cost 17 % more: only near a word that
    // such code holds. The quickstarts put "discord" lines away from `client.login('…')` and
    // `bot.run('…')`, so "login" and "run" count.
    r.push_back(nearWordsRule(
        "discord-bot-token",
        R"((?:(?m:^)|[^A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}))" + tokenEnd,
        "discord-bot-token",
        {"discord", "discordtoken", "token", "bot", "login", "run"},
        SCRIM_TR_NOOP("Rules", "Discord bot token")));
    // Azure DevOps personal access tokens before 2024: 52 characters of lower-case base 32, a
    // shape without a prefix, so only near words that name them ("AZURE_DEVOPS_PAT=", "ado pat").
    r.push_back(nearWordsRule("azure-devops-pat-legacy",
                              R"(\b([a-z2-7]{52}))" + tokenEnd,
                              "provider-token",
                              {"devops", "azure devops", "ado", "vsts", "pat"},
                              SCRIM_TR_NOOP("Rules", "Azure DevOps personal access token (older format)")));
    // Django's settings.py as `startproject` writes it: SECRET_KEY = 'django-insecure-' and 50
    // characters of Django's alphabet. A development key, but it signs sessions all the same.
    r.push_back(secretRule("django-secret-key",
                           R"(\b(django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,50}))",
                           "provider-token",
                           {"django", "secret_key"},
                           0.9,
                           SCRIM_TR_NOOP("Rules", "Django secret key")));
    // A secret as an XML element's text: Maven's settings.xml `<password>…</password>`, Spring and
    // Hibernate configuration, `<apiKey>…</apiKey>`.
    r.push_back(secretRule(
        "xml-secret-element",
        R"((?i:<[a-z0-9_.:-]*(?:password|passwd|secret|token|api[_-]?key|access[_-]?key)>)([^<\s]{6,256})</)",
        "element-secret",
        {},
        0.8,
        SCRIM_TR_NOOP("Rules", "Password, key or token in an XML element")));
    // Found by the element's end ("password>"), not by the words, which prose and logs hold on many
    // lines (the words cost 0.3 % of a scan).
    r.back().prefilter = R"((?i:password>|passwd>|secret>|token>|key>))";
    // Airtable's personal access tokens start with "pat", which "patient" and "path" start with
    // too: asking the rule on every such line cost 0.6 % of a scan. Only near the word "airtable"
    // or "PAT" (checked where they stand; "bearer" and "authorization" would cost 0.3 %).
    r.push_back(nearWordsRule("airtable-token",
                              R"(\b(pat[A-Za-z0-9]{14}\.[0-9a-f]{64}))" + tokenEnd,
                              "provider-token",
                              {"airtable", "pat"},
                              SCRIM_TR_NOOP("Rules", "Airtable personal access token")));
    // Mailgun keys ("key-" and 32 hex digits; newer ones 32-8-8 hex digits) have shapes that
    // other hex strings share: only next to the word "mailgun".
    r.push_back(nearWordsRule("mailgun-api-key",
                              R"(\b(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}))" + tokenEnd,
                              "provider-token",
                              {"mailgun"},
                              SCRIM_TR_NOOP("Rules", "Mailgun API key")));

    // --- Structured secrets ------------------------------------------------------------------------
    r.push_back({
        .id = "private-key-block",
        .type = EntityType::Secret,
        .category = Category::Secret,
        // Used when no END line is in reach: the header and the base64 lines that follow it.
        .pattern = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\r?\n[A-Za-z0-9+/=]{1,100})+)",
        .validator = "pem-block",
        .baseScore = 1.0,
        .reason = SCRIM_TR_NOOP("Rules", "Private key (PEM / OpenSSH / PGP block)"),
        .anchor = R"(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        .terminator = R"(-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        .maxSpan = 64 * 1024,
    });
    // A private key block encoded in base64 once more, as Kubernetes secrets (`tls.key:`), CI
    // variables and .env files hold it: "LS0tLS1CRUdJTi" is "-----BEGIN". On one line, or wrapped
    // (`base64` wraps at 76 characters): the lines after it that hold only base64 belong to it.
    r.push_back({
        .id = "private-key-base64",
        .type = EntityType::Secret,
        .category = Category::Secret,
        // Line breaks as written, with CR, indented (YAML's "tls.key: |"), or as the two blanks a
        // "\n" escape in a JSON string becomes; the validator ends the value at the key's end.
        // Wrapped lines are full (64 or 76 characters) but the last; padding ends the value, so a
        // certificate's line before a key's is a value of its own.
        .pattern = R"(LS0tLS1CRUdJTi[A-Za-z0-9+/]*(?:(?:\r?\n[ \t]*|  )[A-Za-z0-9+/]{60,})*)"
                   R"((?:(?:\r?\n[ \t]*|  )[A-Za-z0-9+/]{1,59})?={0,2})",
        .validator = "base64-pem",
        .baseScore = 1.0,
        .reason = SCRIM_TR_NOOP("Rules", "Private key (PEM block encoded in base64)"),
        .anchor = R"(\bLS0tLS1CRUdJTi)",
        .maxSpan = 16 * 1024,
    });
    // PuTTY's key files (.ppk, versions 2 and 3): a header line, the public lines, then the
    // private lines and a MAC. The value runs from the header through the MAC line.
    r.push_back({
        .id = "putty-private-key",
        .type = EntityType::Secret,
        .category = Category::Secret,
        // Used when no MAC line is in reach: the header through the private lines (64 characters
        // each but the last).
        .pattern =
            R"(PuTTY-User-Key-File-[23]: [A-Za-z0-9@.-]{3,40}(?:\r?\n[^\r\n]*){1,40}?\r?\nPrivate-Lines: [0-9]{1,3}(?:\r?\n[A-Za-z0-9+/]{64})*\r?\n[A-Za-z0-9+/=]{1,64})",
        .validator = "putty-key",
        .baseScore = 1.0,
        .reason = SCRIM_TR_NOOP("Rules", "Private key (PuTTY key file)"),
        .anchor = R"(PuTTY-User-Key-File-[23]: [A-Za-z0-9@.-]{3,40})",
        .terminator = R"(Private-MAC: [0-9a-fA-F]{40,64})",
        .maxSpan = 16 * 1024,
    });
    r.push_back({
        .id = "jwt",
        .type = EntityType::Secret,
        .category = Category::Secret,
        .pattern = R"(\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-+/]*={0,2})",
        .validator = "jwt",
        .contextWords = {"bearer", "token", "jwt", "authorization"},
        .baseScore = 0.8,
        .reason = SCRIM_TR_NOOP("Rules", "JSON Web Token"),
    });
    r.push_back(
        secretRule("database-url-credentials",
                   // A dialect may name its driver ("postgresql+psycopg2://", SQLAlchemy; "mongodb+srv://").
                   R"((?i:\b(?:postgres(?:ql)?|postgis|mysql2?|mariadb|trilogy|mongodb|rediss?|amqps?|mssql|sqlserver|)"
                   R"(oracle|jdbc:[a-z0-9]+|couchdb|cassandra|neo4j|bolt|clickhouse|ldaps?|s?ftp|smtps?|)"
                   R"(nats|mqtts?|cockroachdb|snowflake)(?:\+[a-z0-9_]+)?://)[^\s:/@"'<>]*:[^\s@"'<>]+@[^\s"'<>]+)",
                   "url-credentials",
                   {"database", "connection", "dsn", "url"},
                   0.85,
                   SCRIM_TR_NOOP("Rules", "Database or service URL with a password")));
    r.push_back(secretRule("http-url-credentials",
                           R"(\bhttps?://([^\s:/@"'<>]+:[^\s/@"'<>]+)@)",
                           "user-password",
                           {"password", "login"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "User name and password in a web address")));
    r.push_back(secretRule("connection-string-password",
                           R"((?i:\b(?:server|data source|host|hostname|address|addr)=[^;"'\n]+;[^"'\n]*?)"
                           R"(\b(?:password|pwd)=)[^;"'\n]+[^"'\n]*)",
                           "connection-string",
                           {"connection", "database", "sql"},
                           0.85,
                           SCRIM_TR_NOOP("Rules", "Connection string with a password")));
    r.push_back(secretRule("bundler-credentials",
                           R"(\bBUNDLE_(?:[A-Z0-9-]+__)+[A-Z0-9-]+[ \t]*[:=][ \t]*["']?([^\s"';&:]+:[^\s"';&]+))",
                           "user-password",
                           {"bundle", "gems"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Bundler gem-server credentials")));
    r.push_back(secretRule("curl-user-credentials",
                           R"((?:(?m:^)|\s)(?:-u|--user)(?:[ \t]+|=)((?:"[^"\n]*"|'[^'\n]*'|[^\s"'])+))",
                           "curl-user",
                           {"curl"},
                           0.8,
                           SCRIM_TR_NOOP("Rules", "Password given to curl on the command line")));
    // A .netrc entry (curl, git, ftp, Heroku's CLI): "machine host login user password secret",
    // on one line or one token per line. The password's line holds nothing else after it (or a
    // netrc keyword), and "machine" or "login" must stand within the lines before it. curl reads
    // a password in double quotes, with blanks and backslash escapes in it: reported with them.
    r.push_back(secretRule(
        "netrc-password",
        R"((?m:^)[ \t]*(?:(?:machine[ \t]+[^\s]+|default)[ \t]+)?(?:login[ \t]+[^\s]+[ \t]+)?password[ \t]+("(?:[^"\\\n]|\\.)+"|[^\s]+))"
        R"((?:[ \t]*(?m:$)|[ \t]+(?:account|macdef|machine|default|login)[ \t]))",
        "netrc-password",
        {"machine", "login", "netrc"},
        0.45,
        SCRIM_TR_NOOP("Rules", "Password in a .netrc entry")));
    r.push_back(secretRule(
        "http-authorization-header",
        R"((?i:\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:(?:basic|bearer|token|api-token|apikey|key|digest)[ \t]+)?)([^\s"',;]+))",
        "http-auth",
        {},
        0.75,
        SCRIM_TR_NOOP("Rules", "Credential in an HTTP Authorization header")));
    r.push_back(secretRule(
        "http-key-header",
        R"((?i:(?:-H|--header)[ \t]+["']?[A-Za-z0-9_-]*(?:key|token|secret)[A-Za-z0-9_-]*[ \t]*:[ \t]*(?:(?:bearer|token)[ \t]+)?)([^\s"',;]+))",
        "http-auth",
        {},
        0.75,
        SCRIM_TR_NOOP("Rules", "API key or token in an HTTP request header")));
    // Unbounded repetitions on purpose: "key" is common in prose, and counted repetitions after it
    // multiply the prefilter's DFA states (measured: {0,40} / {8,300} here cost about 4x).
    // A password told in words, in the languages of the product's markets: "the wifi password is
    // Sommar2024", "Passwort: Herbst2023#", "lösenord: Sommar2024!", "mot de passe : Soleil123!",
    // "user: admin pass: Kx9mQ2vLp7". The label is the evidence, so a weak value counts; the
    // validator wants a digit or a symbol in it ("password is required" is a sentence). Every label
    // has three letters or more, so the rule is found by its literals (RuleSet), not searched.
    r.push_back(secretRule(
        "password-in-text",
        R"((?i:\b(?:password|passwort|kennwort|lösenord|losenord|mot de passe|passcode|pass|pwd)(?:[ \t]+(?:is|ist|är|est|was|war|var|était)[ \t]*:?|[ \t]*[:=]))[ \t]*["'`]?([^\s"'`]{4,64}))",
        "password-in-text",
        {},
        0.8,
        SCRIM_TR_NOOP("Rules",
                      "Password written after a word such as 'password', 'Passwort', 'lösenord' or 'mot de passe'")));
    r.push_back(secretRule(
        "assigned-secret",
        R"((?i:key|token|secret|passw(?:or)?d|pwd|passphrase|credentials?|creds|auth|_pass\b)[A-Za-z0-9_.-]*["'\]]?[ \t]*(?:[:?]{0,3}=|=>|:|,)[ \t]*["'`]?([^\s"'`,;<>(){}\[\]\\]{8,}))",
        "assigned-secret",
        {},
        0.6,
        SCRIM_TR_NOOP("Rules", "Password, key or token assigned to a setting, with a random-looking value")));
    r.back().resumeAfterValue = true; // a query string's next parameter
    return r;
}
