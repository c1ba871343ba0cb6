// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/ShapeFilter.h"

#include "core/detect/InterleavedStreams.h"
#include "core/detect/RegexShape.h"
#include "core/detect/validators/CharClass.h"

#include <algorithm>
#include <atomic>
#include <bitset>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace {

using ByteBits = std::bitset<256>;

// A pattern as RegexShape reads it: a tree, since the walker uses a value more than once (a{3}).
struct Ast
{
    enum class Kind
    {
        Empty,
        Bytes,
        Concat,
        Either,
        Star,
        Assert
    };
    Kind kind = Kind::Empty;
    ByteBits bytes;
    char assertion = 0;
    std::shared_ptr<const Ast> a;
    std::shared_ptr<const Ast> b;
};
using AstPtr = std::shared_ptr<const Ast>;

struct Algebra
{
    using Value = AstPtr;
    bool relaxed = false; // a repeat was read loosely
    std::size_t maxCopies = ShapeFilter::kMaxCopies;

    static Value make(Ast::Kind kind, Value a = nullptr, Value b = nullptr)
    {
        auto n = std::make_shared<Ast>();
        n->kind = kind;
        n->a = std::move(a);
        n->b = std::move(b);
        return n;
    }
    Value empty() { return make(Ast::Kind::Empty); }
    Value atom(const RegexShape::ByteSet& set)
    {
        auto n = std::make_shared<Ast>();
        n->kind = Ast::Kind::Bytes;
        // Only the bytes in the set are visited: a word list's atoms are one letter or two.
#if defined(__GLIBCXX__)
        for (std::size_t c = set._Find_first(); c < RegexShape::kNonAscii; c = set._Find_next(c)) {
            n->bytes.set(c);
        }
#else
        for (std::size_t c = 0; c < RegexShape::kNonAscii; ++c) {
            n->bytes.set(c, set.test(c));
        }
#endif
        if (set.test(RegexShape::kNonAscii)) {
            for (std::size_t c = 128; c < 256; ++c) {
                n->bytes.set(c);
            }
        }
        // Matches within a line never hold a line break; without it, no thread outlives a line.
        n->bytes.reset('\n');
        return n;
    }
    Value concat(const Value& a, const Value& b)
    {
        if (a->kind == Ast::Kind::Empty) {
            return b;
        }
        if (b->kind == Ast::Kind::Empty) {
            return a;
        }
        return make(Ast::Kind::Concat, a, b);
    }
    Value either(const Value& a, const Value& b)
    {
        return make(Ast::Kind::Either, a, b);
    }
    Value star(const Value& a)
    {
        return make(Ast::Kind::Star, a);
    }
    // a{lo,hi}: exact up to maxCopies copies; beyond, a{maxCopies,} (with lo below, a{lo,}).
    Value range(const Value& a, std::size_t lo, std::optional<std::size_t> hi)
    {
        Value v = empty();
        for (std::size_t k = 0; k < std::min(lo, maxCopies); ++k) {
            v = concat(v, a);
        }
        if (lo > maxCopies || !hi || *hi > maxCopies) {
            relaxed = relaxed || lo > maxCopies || hi.has_value();
            return concat(v, star(a));
        }
        // (a(a(a)?)?)? for the optional copies: one way to read each count.
        Value optional = empty();
        for (std::size_t k = lo; k < *hi; ++k) {
            optional = either(concat(a, optional), empty());
        }
        return concat(v, optional);
    }
    Value assertion(char kind)
    {
        auto n = std::make_shared<Ast>();
        n->kind = Ast::Kind::Assert;
        n->assertion = kind;
        return n;
    }
};

struct Node
{
    enum class Type : std::uint8_t
    {
        Byte,
        Split,
        Assert,
        Match
    };
    Type type = Type::Split;
    char assertion = 0;
    int out = -1;
    int out1 = -1;
    int pattern = 0;
    int bytes = -1; // index into Nfa::sets
};

struct Nfa
{
    std::vector<Node> nodes;
    std::vector<ByteBits> sets; // distinct: a word list holds thousands of nodes but few sets
    std::unordered_map<ByteBits, int> setIndex;

    int add(Node n)
    {
        nodes.push_back(n);
        return static_cast<int>(nodes.size() - 1);
    }

    // The nodes of `ast`, entered at the returned node, leaving to `next`.
    int compile(const AstPtr& ast, int next)
    {
        switch (ast->kind) {
        case Ast::Kind::Empty:
            return next;
        case Ast::Kind::Bytes: {
            const auto [it, fresh] = setIndex.try_emplace(ast->bytes, static_cast<int>(sets.size()));
            if (fresh) {
                sets.push_back(ast->bytes);
            }
            Node n;
            n.type = Node::Type::Byte;
            n.out = next;
            n.bytes = it->second;
            return add(n);
        }
        case Ast::Kind::Concat:
            return compile(ast->a, compile(ast->b, next));
        case Ast::Kind::Either: {
            Node n;
            n.out = compile(ast->a, next);
            n.out1 = compile(ast->b, next);
            return add(n);
        }
        case Ast::Kind::Star: {
            const int split = add(Node{});
            nodes[static_cast<std::size_t>(split)].out1 = next;
            const int body = compile(ast->a, split);
            nodes[static_cast<std::size_t>(split)].out = body;
            return split;
        }
        case Ast::Kind::Assert: {
            Node n;
            n.type = Node::Type::Assert;
            n.assertion = ast->assertion;
            n.out = next;
            return add(n);
        }
        }
        return next;
    }
};

constexpr std::uint8_t kPrevWord = 1;
constexpr std::uint8_t kLineStart = 2;

// A state of the automaton: the NFA nodes alive (closed over splits, not over assertions, which
// need the next byte), what the byte before was, and the patterns whose match ended before it.
struct State
{
    std::vector<int> nodes;
    std::uint8_t flags = 0;
    ShapeFilter::Mask matches;
    bool operator==(const State& o) const = default;
};

struct StateHash
{
    std::size_t operator()(const State& s) const
    {
        std::uint64_t h = 14695981039346656037ull ^ s.flags;
        const auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
        mix(s.matches.word[0]);
        mix(s.matches.word[1]);
        for (const int n : s.nodes) {
            mix(static_cast<std::uint64_t>(n));
        }
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// Table entries: a row (the index of its first entry) in the low 30 bits, the meaning in the two
// above (InterleavedStreams::kStop and kFlag2):
//   row                      go on to the state at that row;
//   row | kStop              go on, and report the matches of that state;
//   index | kStop | kFlag2   not built yet (the entry's own index).
// The search loop (InterleavedStreams) notes where kStop alone is set and leaves where both are.
// A state's row is filled with "not built" entries when
// the state is made; the rest of the table is never touched (calloc), so memory grows with the
// states the text reaches. Row 0 belongs to no state: 0 is no entry, and says "no room".
constexpr std::uint32_t kFull = 0;
constexpr std::uint32_t kFlags = InterleavedStreams::kStop | InterleavedStreams::kFlag2;
constexpr std::uint32_t kReports = InterleavedStreams::kStop;
constexpr std::uint32_t kNotBuilt = kFlags;
constexpr std::uint32_t kRowMask = InterleavedStreams::kRowMask;

} // namespace

struct ShapeFilter::Impl
{
    Nfa nfa;
    std::vector<int> starts;
    std::vector<bool> exact; // per pattern
    std::uint32_t classes = 0;
    unsigned char cls[256] = {};
    std::vector<unsigned char> representative; // per class
    std::size_t maxStates = 0;
    // (maxStates + 1) rows of `classes` entries, and per state the patterns it reports.
    std::uint32_t* delta = nullptr;
    std::vector<ShapeFilter::Mask> matches;
    std::uint32_t startEntry = 0;

    std::mutex lock;                                         // guards what follows, and every write to `delta`
    std::unordered_map<State, std::uint32_t, StateHash> ids; // its keys do not move
    std::vector<const State*> byId;                          // [0] unused
    std::atomic<bool> full{false};
    std::vector<std::uint32_t> seen;
    std::uint32_t stamp = 0;
    std::vector<int> alive;
    std::vector<int> next;
    State scratch;

    ~Impl() { std::free(delta); }

    // Closure over splits; assertions and byte nodes are kept as they are.
    void closeSplits(int id, std::vector<int>& out)
    {
        while (id >= 0 && seen[static_cast<std::size_t>(id)] != stamp) {
            seen[static_cast<std::size_t>(id)] = stamp;
            const Node& n = nfa.nodes[static_cast<std::size_t>(id)];
            if (n.type != Node::Type::Split) {
                out.push_back(id);
                return;
            }
            closeSplits(n.out, out);
            id = n.out1;
        }
    }

    // The state's id (its row is id * classes); 0 when there is no room for another.
    std::uint32_t intern(State& s)
    {
        std::sort(s.nodes.begin(), s.nodes.end());
        s.nodes.erase(std::unique(s.nodes.begin(), s.nodes.end()), s.nodes.end());
        if (const auto it = ids.find(s); it != ids.end()) {
            return it->second;
        }
        if (byId.size() > maxStates) {
            return 0;
        }
        const auto id = static_cast<std::uint32_t>(byId.size());
        matches[id] = s.matches;
        for (std::uint32_t c = 0; c < classes; ++c) {
            const std::uint32_t slot = id * classes + c;
            std::atomic_ref<std::uint32_t>(delta[slot]).store(slot | kNotBuilt, std::memory_order_relaxed);
        }
        const auto it = ids.emplace(s, id).first; // a copy: `s` may be the scratch state
        byId.push_back(&it->first);
        return id;
    }

    std::uint32_t entryFor(std::uint32_t id, bool reports) const { return (id * classes) | (reports ? kReports : 0u); }

    // The entry after `entry` (a state's) on a byte of class `c`; kFull when the automaton is full.
    std::uint32_t step(std::uint32_t entry, std::uint32_t c)
    {
        const std::uint32_t e = InterleavedStreams::loadEntry(delta[(entry & kRowMask) + c]);
        return (e & kFlags) == kNotBuilt ? build(e & kRowMask) : e;
    }

    // What the NFA nodes `from` (each closed over splits here) reach on byte b, the byte before
    // having been as `flags` says: the nodes after it, closed over splits, into `out`, and the
    // patterns whose match ends before b.
    void stepFrom(const std::vector<int>& from,
                  std::uint8_t flags,
                  unsigned char b,
                  std::vector<int>& out,
                  ShapeFilter::Mask& matched)
    {
        const bool nextWord = CharClass::isWordChar(static_cast<char>(b));
        const bool prevWord = (flags & kPrevWord) != 0;
        alive.clear();
        ++stamp;
        for (const int id : from) {
            closeSplits(id, alive);
        }
        next.clear();
        // `alive` grows while assertions that hold before byte b are passed.
        for (std::size_t i = 0; i < alive.size(); ++i) {
            const Node& n = nfa.nodes[static_cast<std::size_t>(alive[i])];
            switch (n.type) {
            case Node::Type::Match:
                matched.set(static_cast<std::size_t>(n.pattern));
                break;
            case Node::Type::Assert: {
                bool holds = false;
                switch (n.assertion) {
                case '^':
                    holds = (flags & kLineStart) != 0;
                    break;
                case '$':
                    holds = b == '\n';
                    break;
                case 'b':
                    holds = prevWord != nextWord;
                    break;
                case 'B':
                    holds = prevWord == nextWord;
                    break;
                default:
                    break;
                }
                if (holds) {
                    closeSplits(n.out, alive);
                }
                break;
            }
            case Node::Type::Byte:
                if (nfa.sets[static_cast<std::size_t>(n.bytes)].test(b)) {
                    next.push_back(n.out);
                }
                break;
            case Node::Type::Split:
                break;
            }
        }
        ++stamp;
        for (const int id : next) {
            closeSplits(id, out);
        }
    }

    // Every position may start a match (an unanchored search): what the patterns' starts reach,
    // per flags of the byte before and class, is the same in every state, so it is worked out
    // once (a word list's alternation has hundreds of starts).
    struct StartStep
    {
        std::vector<int> nodes;
        ShapeFilter::Mask matched;
    };
    std::vector<StartStep> startSteps; // [flags * classes + class]

    void prepareStarts()
    {
        startSteps.resize(4 * std::size_t{classes});
        for (std::uint8_t flags = 0; flags < 4; ++flags) {
            for (std::uint32_t c = 0; c < classes; ++c) {
                StartStep& st = startSteps[flags * std::size_t{classes} + c];
                stepFrom(starts, flags, representative[c], st.nodes, st.matched);
            }
        }
    }

    // Builds the transition at table index `slot`; its entry, or kFull.
    std::uint32_t build(std::uint32_t slot)
    {
        std::lock_guard guard(lock);
        if (const std::uint32_t e = InterleavedStreams::loadEntry(delta[slot]); (e & kFlags) != kNotBuilt) {
            return e; // another scan built it
        }
        if (full.load()) {
            return kFull;
        }
        const std::uint32_t c = slot % classes;
        const State& s = *byId[slot / classes];
        const unsigned char b = representative[c];
        const StartStep& fromStarts = startSteps[s.flags * std::size_t{classes} + c];
        // Most transitions lead to a state built before: the next state is assembled in a
        // scratch state that keeps its memory, and copied only when it is new.
        State& t = scratch;
        t.nodes.clear();
        t.matches = fromStarts.matched;
        stepFrom(s.nodes, s.flags, b, t.nodes, t.matches);
        t.nodes.insert(t.nodes.end(), fromStarts.nodes.begin(), fromStarts.nodes.end());
        t.flags = static_cast<std::uint8_t>((CharClass::isWordChar(static_cast<char>(b)) ? kPrevWord : 0)
                                            | (b == '\n' ? kLineStart : 0));
        const bool reports = t.matches.any();
        const std::uint32_t id = intern(t);
        if (id == 0) {
            full.store(true);
            return kFull;
        }
        const std::uint32_t e = entryFor(id, reports);
        std::atomic_ref<std::uint32_t>(delta[slot]).store(e, std::memory_order_release);
        return e;
    }
};

ShapeFilter::ShapeFilter(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

ShapeFilter::~ShapeFilter() = default;

std::unique_ptr<ShapeFilter>
ShapeFilter::build(const std::vector<std::string>& patterns, std::size_t maxStates, std::size_t maxCopies)
{
    if (patterns.empty() || patterns.size() > kMaxPatterns || maxStates == 0) {
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    Nfa& nfa = impl->nfa;
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        Algebra algebra;
        algebra.maxCopies = maxCopies;
        RegexShape::Walker<Algebra> walker(algebra, patterns[p]);
        const auto ast = walker.parse();
        if (!ast) {
            return nullptr;
        }
        Node match;
        match.type = Node::Type::Match;
        match.pattern = static_cast<int>(p);
        impl->starts.push_back(nfa.compile(*ast, nfa.add(match)));
        const std::string_view text = patterns[p];
        impl->exact.push_back(!algebra.relaxed && text.find("\\p") == std::string_view::npos
                              && text.find("\\P") == std::string_view::npos);
    }
    impl->seen.assign(nfa.nodes.size(), 0);

    // Byte classes: bytes that no node, no word boundary and no line end tell apart.
    std::map<std::vector<bool>, unsigned char> bySignature;
    for (unsigned c = 0; c < 256; ++c) {
        std::vector<bool> sig;
        sig.reserve(nfa.sets.size() + 2);
        sig.push_back(CharClass::isWordChar(static_cast<char>(c)));
        sig.push_back(c == '\n');
        for (const auto& s : nfa.sets) {
            sig.push_back(s.test(c));
        }
        const auto [it, fresh] =
            bySignature.try_emplace(std::move(sig), static_cast<unsigned char>(impl->representative.size()));
        if (fresh) {
            if (impl->representative.size() == 256) {
                return nullptr;
            }
            impl->representative.push_back(static_cast<unsigned char>(c));
        }
        impl->cls[c] = it->second;
    }
    impl->classes = static_cast<std::uint32_t>(impl->representative.size());
    // Rows (id * classes) must fit the 30 bits below an entry's flags.
    impl->maxStates = std::min<std::size_t>(maxStates, ((std::size_t{1} << 30) - 1) / impl->classes - 1);
    impl->delta = static_cast<std::uint32_t*>(
        std::calloc((impl->maxStates + 1) * std::size_t{impl->classes}, sizeof(std::uint32_t)));
    if (impl->delta == nullptr) {
        return nullptr;
    }
    impl->matches.assign(impl->maxStates + 1, Mask{});
    impl->prepareStarts();
    impl->byId.push_back(nullptr);
    State start;
    start.flags = kLineStart;
    impl->startEntry = impl->entryFor(impl->intern(start), false);
    return std::unique_ptr<ShapeFilter>(new ShapeFilter(std::move(impl)));
}

std::optional<ShapeFilter::Mask> ShapeFilter::lineMask(std::string_view text, std::size_t begin, std::size_t end) const
{
    Impl& m = *m_impl;
    end = std::min(end, text.size());
    Mask may;
    if (m.full.load(std::memory_order_relaxed)) {
        return std::nullopt;
    }
    begin = std::min(begin, end);
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::uint32_t e = m.startEntry;
    for (std::size_t at = begin; at <= end; ++at) {
        // The line break that ends the line stands in after its last byte.
        e = m.step(e, m.cls[at < end ? bytes[at] : static_cast<unsigned char>('\n')]);
        if (e == kFull) {
            return std::nullopt;
        }
        if ((e & kFlags) == kReports) {
            may |= m.matches[(e & kRowMask) / m.classes];
        }
    }
    return may;
}

void ShapeFilter::lineMasks(const ShapeFilter& first,
                            const ShapeFilter& second,
                            std::string_view text,
                            std::size_t begin,
                            std::size_t end,
                            std::optional<Mask>& a,
                            std::optional<Mask>& b)
{
    Impl& m = *first.m_impl;
    Impl& n = *second.m_impl;
    end = std::min(end, text.size());
    begin = std::min(begin, end);
    if (m.full.load(std::memory_order_relaxed) || n.full.load(std::memory_order_relaxed)) {
        a = first.lineMask(text, begin, end);
        b = second.lineMask(text, begin, end);
        return;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    Mask mayA;
    Mask mayB;
    std::uint32_t ea = m.startEntry;
    std::uint32_t eb = n.startEntry;
    for (std::size_t at = begin; at <= end; ++at) {
        // The line break that ends the line stands in after its last byte.
        const unsigned char c = at < end ? bytes[at] : static_cast<unsigned char>('\n');
        ea = m.step(ea, m.cls[c]);
        eb = n.step(eb, n.cls[c]);
        if (ea == kFull || eb == kFull) {
            // Rare (an automaton outgrew its states): each on its own, as lineMask() answers.
            a = first.lineMask(text, begin, end);
            b = second.lineMask(text, begin, end);
            return;
        }
        if ((ea & kFlags) == kReports) {
            mayA |= m.matches[(ea & kRowMask) / m.classes];
        }
        if ((eb & kFlags) == kReports) {
            mayB |= n.matches[(eb & kRowMask) / n.classes];
        }
    }
    a = mayA;
    b = mayB;
}

bool ShapeFilter::exact(std::size_t i) const
{
    return i < m_impl->exact.size() && m_impl->exact[i];
}

std::size_t ShapeFilter::states() const
{
    std::lock_guard guard(m_impl->lock);
    return m_impl->byId.size() - 1;
}

bool ShapeFilter::findAll(std::string_view text, std::size_t begin, std::size_t end, std::vector<Hit>& hits) const
{
    Impl& m = *m_impl;
    end = std::min(end, text.size());
    if (begin >= end) {
        return true;
    }
    if (m.full.load(std::memory_order_relaxed)) {
        return false;
    }
    using InterleavedStreams::kStreams;
    const auto parts = InterleavedStreams::split(text, begin, end);
    const std::size_t(&from)[kStreams + 1] = parts.from;
    std::vector<Hit> part[kStreams];
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* cls = m.cls;
    const std::uint32_t classes = m.classes;
    // A state reached after the byte at `at - 1` reports the matches that end before that byte.
    const auto emit = [&m, &part, classes](std::size_t k, std::uint32_t entry, std::size_t at) {
        if ((entry & kFlags) == kReports) {
            part[k].push_back({at - 1, m.matches[(entry & kRowMask) / classes]});
        }
    };
    const std::size_t common = parts.common;
    std::size_t state[kStreams];
    std::fill(std::begin(state), std::end(state), m.startEntry);
    const auto onStop = [&](std::size_t k, std::uint32_t entry, std::size_t i) { emit(k, entry, from[k] + i); };
    const bool done = InterleavedStreams::run(m.delta, cls, bytes, parts, state, onStop, [&](std::size_t i) {
        for (std::size_t k = 0; k < kStreams; ++k) {
            if ((state[k] & kFlags) == kNotBuilt) {
                state[k] = m.build(static_cast<std::uint32_t>(state[k] & kRowMask));
                if (state[k] == kFull) {
                    return false;
                }
            }
            emit(k, static_cast<std::uint32_t>(state[k]), from[k] + i);
            state[k] &= kRowMask; // advance() takes rows without flags
        }
        return true;
    });
    if (!done) {
        return false;
    }
    for (std::size_t k = 0; k < kStreams; ++k) {
        std::uint32_t e = static_cast<std::uint32_t>(state[k]);
        for (std::size_t at = from[k] + common; at < from[k + 1]; ++at) {
            e = m.step(e, cls[bytes[at]]);
            if (e == kFull) {
                return false;
            }
            emit(k, e, at + 1);
        }
        // A part's last line ends at its end: a line break stands in for what follows. A part
        // that is empty, or ends in a line break before the next part, has no line open (the
        // range's own end after a line break does: an empty last line).
        if (from[k + 1] > from[k] && (bytes[from[k + 1] - 1] != '\n' || from[k + 1] == end)) {
            e = m.step(e, cls[static_cast<unsigned char>('\n')]);
            if (e == kFull) {
                return false;
            }
            emit(k, e, from[k + 1] + 1);
        }
        hits.insert(hits.end(), part[k].begin(), part[k].end());
    }
    return true;
}
