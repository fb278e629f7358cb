#pragma once
// The regime a person is under (Law 73/2021 Chapter IV and its decrees; domain §2). One state at
// a time: the lifecycle engine moves between them only along the transitions in event_types.cpp.
#include <array>
#include <string_view>
#include <vector>

namespace pcmt::people {

enum class State {
  none,                  // no record yet
  detected,              // positive test: residence verification, notice, management decision pending
  under_management,      // illegal-user management (Law Art. 23)
  addicted,              // addiction determined, not in any rehab form yet
  registered,            // registered for voluntary rehab / substitution (ND 116 Art. 28)
  voluntary_home,        // voluntary rehab at home / in the community (Law Art. 30)
  voluntary_facility,    // voluntary rehab at a facility (Law Art. 31)
  substitution,          // opioid substitution treatment (Law Art. 41; ND 90/2016)
  compulsory_file,       // compulsory-rehab file being compiled / before the court (ND 116 Arts. 40–43)
  compulsory_decided,    // court decision, awaiting admission (ND 116 Art. 54)
  compulsory_postponed,  // execution postponed (ND 116 Art. 57)
  compulsory_facility,   // serving compulsory rehab at a facility
  compulsory_suspended,  // execution suspended for inpatient treatment (ND 116 Art. 58)
  compulsory_absconded,  // absconded from the facility; the time does not count (ND 116 Art. 56.4)
  post_rehab_pending,    // rehab completed, post-rehab decision pending (ND 116 Arts. 77–78)
  post_rehab,            // post-rehab management at residence (Law Art. 40)
  ended,                 // under no regime (period ended, stopped, exempted, removed)
  deceased,
};

inline constexpr std::array kAllStates = {
    State::none, State::detected, State::under_management, State::addicted, State::registered,
    State::voluntary_home, State::voluntary_facility, State::substitution, State::compulsory_file,
    State::compulsory_decided, State::compulsory_postponed, State::compulsory_facility, State::compulsory_suspended,
    State::compulsory_absconded, State::post_rehab_pending, State::post_rehab, State::ended, State::deceased,
};

std::string_view state_code(State s);      // "under_management"
std::string_view state_label_vi(State s);  // "Đang bị quản lý người sử dụng trái phép chất ma túy"

// Rule 28 (Law 73/2021 Arts. 26.3, 43.3): the lists a person in state `s` is on.
enum class PersonList { users, addicts, post_rehab };
std::string_view list_code(PersonList l);
std::vector<PersonList> lists_for(State s);

}  // namespace pcmt::people
