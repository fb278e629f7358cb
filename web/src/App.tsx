import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { can } from './lib/access/administration';
import { Audit } from './pages/Audit';
import { Account } from './pages/Account';
import { ChangePassword } from './pages/ChangePassword';
import { CommuneDetail } from './pages/CommuneDetail';
import { Communes } from './pages/Communes';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { NotFound } from './pages/NotFound';
import { PopulationImport } from './pages/PopulationImport';
import { Reports } from './pages/Reports';
import { Classification } from './pages/areas/Classification';
import { CommuneArea } from './pages/areas/CommuneArea';
import { DrugFree } from './pages/areas/DrugFree';
import { Indicators } from './pages/areas/Indicators';
import { KeyRoutes } from './pages/areas/KeyRoutes';
import { canPeople } from './lib/access/people';
import { Facilities } from './pages/people/Facilities';
import { ImportPeople } from './pages/people/ImportPeople';
import { PeopleLayout } from './pages/people/PeopleLayout';
import { PeopleSearch } from './pages/people/PeopleSearch';
import { PersonRecord } from './pages/people/PersonRecord';
import { RegisterPerson } from './pages/people/RegisterPerson';
import { ResidenceLinkage } from './pages/people/ResidenceLinkage';
import { RulePacks } from './pages/people/RulePacks';
import { Statistics } from './pages/people/Statistics';
import { Worklist } from './pages/people/Worklist';
import { canPlans } from './lib/access/plans';
import { Inbox } from './pages/plans/Inbox';
import { MyTasks } from './pages/plans/MyTasks';
import { PlanDetail } from './pages/plans/PlanDetail';
import { PlanImport } from './pages/plans/PlanImport';
import { PlanList } from './pages/plans/PlanList';
import { ReportInstance } from './pages/plans/ReportInstance';
import { ReviewQueue } from './pages/plans/ReviewQueue';
import { TaskDetail } from './pages/plans/TaskDetail';
import { Users } from './pages/Users';

// Leaflet is only needed on the map page: load it with the page, not with the app.
const AreaMap = lazy(() => import('./pages/areas/Map').then((m) => ({ default: m.AreaMap })));

export function App() {
  return (
    <Routes>
      <Route path="/dang-nhap" element={<Login />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route path="xa-phuong" element={<Communes />} />
        <Route
          path="xa-phuong/nhap-dan-so"
          element={
            <RequireAuth allow={can.importPopulation}>
              <PopulationImport />
            </RequireAuth>
          }
        />
        <Route path="xa-phuong/:code" element={<CommuneDetail />} />
        <Route
          path="nguoi-dung"
          element={
            <RequireAuth allow={can.manageUsers}>
              <Users />
            </RequireAuth>
          }
        />
        <Route
          path="nhat-ky"
          element={
            <RequireAuth allow={can.readAudit}>
              <Audit />
            </RequireAuth>
          }
        />
        <Route path="ke-hoach" element={<PlanList />} />
        <Route
          path="ke-hoach/nhap"
          element={
            <RequireAuth allow={canPlans.importPlan}>
              <PlanImport />
            </RequireAuth>
          }
        />
        <Route path="ke-hoach/nhiem-vu/:id" element={<TaskDetail />} />
        <Route path="ke-hoach/bao-cao/:id" element={<ReportInstance />} />
        <Route path="ke-hoach/:id" element={<PlanDetail />} />
        <Route
          path="nhiem-vu"
          element={
            <RequireAuth allow={canPlans.myTasks}>
              <MyTasks />
            </RequireAuth>
          }
        />
        <Route
          path="duyet-bao-cao"
          element={
            <RequireAuth allow={canPlans.reviewReports}>
              <ReviewQueue />
            </RequireAuth>
          }
        />
        <Route path="thong-bao" element={<Inbox />} />
        <Route path="dia-ban" element={<Classification />} />
        <Route path="dia-ban/khong-ma-tuy" element={<DrugFree />} />
        <Route path="dia-ban/tuyen" element={<KeyRoutes />} />
        <Route
          path="dia-ban/ban-do"
          element={
            <Suspense fallback={<p className="muted">Đang tải bản đồ…</p>}>
              <AreaMap />
            </Suspense>
          }
        />
        <Route path="dia-ban/chi-tieu" element={<Indicators />} />
        <Route path="dia-ban/:code" element={<CommuneArea />} />
        <Route
          element={
            <RequireAuth allow={canPeople.read}>
              <PeopleLayout />
            </RequireAuth>
          }
        >
          <Route path="doi-tuong" element={<PeopleSearch />} />
          <Route
            path="doi-tuong/dang-ky"
            element={
              <RequireAuth allow={canPeople.register}>
                <RegisterPerson />
              </RequireAuth>
            }
          />
          <Route
            path="doi-tuong/nhap"
            element={
              <RequireAuth allow={canPeople.register}>
                <ImportPeople />
              </RequireAuth>
            }
          />
          <Route path="doi-tuong/doi-chieu-cu-tru" element={<ResidenceLinkage />} />
          <Route path="doi-tuong/thong-ke" element={<Statistics />} />
          <Route path="doi-tuong/co-so" element={<Facilities />} />
          <Route path="doi-tuong/quy-dinh" element={<RulePacks />} />
          <Route path="doi-tuong/:id" element={<PersonRecord />} />
          <Route path="viec-can-lam" element={<Worklist />} />
        </Route>
        <Route path="doi-mat-khau" element={<ChangePassword />} />
        <Route path="tai-khoan" element={<Account />} />
        <Route path="bao-cao" element={<Reports />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
