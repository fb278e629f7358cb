#pragma once
// One function per module adds that module's routes.
#include "api/router.hpp"

namespace pcmt::api {

void add_meta_routes(Router& r);
void add_auth_routes(Router& r);
void add_commune_routes(Router& r);
void add_agency_routes(Router& r);
void add_user_routes(Router& r);
void add_audit_routes(Router& r);
void add_plan_routes(Router& r);
void add_people_routes(Router& r);
void add_area_routes(Router& r);
void add_area_map_routes(Router& r);
void add_area_indicator_routes(Router& r);
void add_job_routes(Router& r);
void add_notify_routes(Router& r);

}  // namespace pcmt::api
