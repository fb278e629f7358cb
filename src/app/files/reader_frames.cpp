#include "app/files/reader_frames.hpp"

#include <cstdint>
#include <cstring>

#include "core/files/file_limits.hpp"

namespace pcmt::app::files {
namespace {

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : rest_(bytes) {}
  uint32_t u32() {
    uint32_t v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string str() { return std::string(take(u32())); }
  char byte() { return take(1)[0]; }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view take(size_t n) {
    if (n > rest_.size()) throw pcmt::files::too_complex();
    const auto part = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return part;
  }
  std::string_view rest_;
};

}  // namespace

std::string encode_rows(const std::vector<text::CsvRecord>& rows) {
  std::string out(1, 'K');
  put_u32(out, static_cast<uint32_t>(rows.size()));
  for (const auto& r : rows) {
    put_u32(out, static_cast<uint32_t>(r.line));
    put_u32(out, static_cast<uint32_t>(r.fields.size()));
    for (const auto& f : r.fields) put_str(out, f);
  }
  return out;
}

std::string encode_refusal(Refusal refusal, const std::string& code, const std::string& message) {
  std::string out{'E', static_cast<char>(refusal)};
  put_str(out, code);
  put_str(out, message);
  return out;
}

ReaderReply decode_reply(std::string_view bytes) {
  Cursor in(bytes);
  ReaderReply reply;
  const char tag = in.byte();
  if (tag == 'K') {
    reply.ok = true;
    const uint32_t n = in.u32();
    for (uint32_t i = 0; i < n; ++i) {
      text::CsvRecord r{static_cast<int>(in.u32()), {}};
      const uint32_t fields = in.u32();
      // Each field takes at least its 4-byte length, so a count the bytes cannot hold is a lie.
      if (fields > bytes.size() / 4) throw pcmt::files::too_complex();
      r.fields.reserve(fields);
      for (uint32_t f = 0; f < fields; ++f) r.fields.push_back(in.str());
      reply.rows.push_back(std::move(r));
    }
  } else if (tag == 'E') {
    const char kind = in.byte();
    if (kind != 'P' && kind != 'A' && kind != 'L') throw pcmt::files::too_complex();
    reply.refusal = static_cast<Refusal>(kind);
    reply.code = in.str();
    reply.message = in.str();
  } else {
    throw pcmt::files::too_complex();
  }
  if (!in.done()) throw pcmt::files::too_complex();
  return reply;
}

}  // namespace pcmt::app::files
