<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AccountStep</name>
    <message>
        <source>&amp;Ad account</source>
        <translation>광고계정(&amp;A)</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>이름 또는 ID로 검색</translation>
    </message>
    <message>
        <source>This business token may use no ad account yet.</source>
        <translation>이 비즈니스 토큰으로 사용할 수 있는 광고계정이 아직 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>이 계정 사용(&amp;U)</translation>
    </message>
</context>
<context>
    <name>AdGroups</name>
    <message>
        <source>The ad group was changed on Kakao since you opened it ({parts}). Reload it first, or apply anyway to replace those changes.</source>
        <translation>연 뒤에 카카오에서 광고그룹이 변경되었습니다({parts}). 먼저 다시 불러오거나, 그 변경을 덮어쓰고 적용하세요.</translation>
    </message>
    <message>
        <source>Kakao sent an ad group without its campaign.</source>
        <translation>카카오가 캠페인 정보가 없는 광고그룹을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Choose which Kakao data to list: interests (INTEREST) or business types (BUSINESS_TYPE).</source>
        <translation>조회할 카카오 데이터를 선택하세요: 관심사(INTEREST) 또는 업종(BUSINESS_TYPE).</translation>
    </message>
    <message>
        <source>Enter the tracker&apos;s track ID.</source>
        <translation>트래커의 track ID를 입력하세요.</translation>
    </message>
    <message>
        <source>The targeting period must be a whole number of days from {min} to {max}.</source>
        <translation>타겟 기간은 {min}~{max}일 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Choose the Kakao Talk Channel whose friend groups to show.</source>
        <translation>친구그룹을 볼 카카오톡 채널을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter a {level} search word.</source>
        <translation>{level} 검색어를 입력하세요.</translation>
    </message>
    <message>
        <source>A search word can have at most {max} characters.</source>
        <translation>검색어는 {max}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter your Kakao Moment business token first.</source>
        <translation>먼저 카카오모먼트 비즈니스 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>The business token contains characters a token cannot have. Copy it again.</source>
        <translation>비즈니스 토큰에 토큰에 쓸 수 없는 문자가 들어 있습니다. 토큰을 다시 복사하세요.</translation>
    </message>
    <message>
        <source>Choose an ad account first.</source>
        <translation>먼저 광고계정을 선택하세요.</translation>
    </message>
    <message>
        <source>Kakao Moment did not answer in time ({seconds} s, {tries} tries). Check the internet connection and try again.</source>
        <translation>카카오모먼트가 제시간에 응답하지 않았습니다({seconds}초, {tries}회 시도). 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Kakao Moment did not answer the change in time; it may or may not have been applied. Reload the ad group to see.</source>
        <translation>카카오모먼트가 변경 요청에 제때 응답하지 않았습니다. 적용되었는지 알 수 없으니 광고그룹을 다시 불러와 확인하세요.</translation>
    </message>
    <message>
        <source>Enter a city, county or district (시/군/구) to search for.</source>
        <translation>검색할 시/군/구를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a neighbourhood, town or township (동/읍/면) to search for.</source>
        <translation>검색할 동/읍/면을 입력하세요.</translation>
    </message>
    <message>
        <source>An ad group can target at most 1,000 regions. Remove some regions.</source>
        <translation>광고그룹 하나에는 지역을 최대 1,000개까지 타겟팅할 수 있습니다. 지역을 줄이세요.</translation>
    </message>
    <message>
        <source>The same area is selected at two levels (for example 서울특별시 and 서울특별시 강남구). Keep only one of them.</source>
        <translation>같은 지역이 두 단계로 선택되었습니다(예: 서울특별시와 서울특별시 강남구). 하나만 남기세요.</translation>
    </message>
    <message>
        <source>An audience that is not ready to use (status not AVAILABLE) was selected.</source>
        <translation>아직 쓸 수 없는 타겟(상태가 AVAILABLE이 아님)이 선택되었습니다.</translation>
    </message>
    <message>
        <source>Your business token has no permission on this ad account. Choose another ad account or ask its owner to add you as a member.</source>
        <translation>비즈니스 토큰에 이 광고계정에 대한 권한이 없습니다. 다른 광고계정을 선택하거나 광고계정 소유자에게 멤버 추가를 요청하세요.</translation>
    </message>
    <message>
        <source>This ad account does not exist. Check the ad account ID.</source>
        <translation>존재하지 않는 광고계정입니다. 광고계정 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>Section categories can only be used by a Kakao Bizboard ad group shown on Kakao Talk. Remove the section categories.</source>
        <translation>섹션 카테고리는 카카오톡에 노출되는 카카오 비즈보드 광고그룹에서만 쓸 수 있습니다. 섹션 카테고리를 빼세요.</translation>
    </message>
    <message>
        <source>Network placement categories cannot be used with a Display × Conversion campaign. Remove them.</source>
        <translation>디스플레이 × 전환 캠페인에는 네트워크 게재지면 카테고리를 쓸 수 없습니다. 빼세요.</translation>
    </message>
    <message>
        <source>An audience was selected that this campaign type and goal cannot use (message audiences and friend groups are only for message campaigns).</source>
        <translation>이 캠페인 유형과 목표에서 쓸 수 없는 오디언스가 선택되었습니다(메시지 오디언스와 친구그룹은 메시지 캠페인 전용입니다).</translation>
    </message>
    <message>
        <source>The same audience is both included and excluded. Keep only one of them.</source>
        <translation>같은 오디언스가 포함과 제외에 모두 들어 있습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>A region Kakao Moment does not know was selected. Rebuild the region list.</source>
        <translation>카카오모먼트가 모르는 지역이 선택되었습니다. 지역 목록을 다시 만드세요.</translation>
    </message>
    <message>
        <source>An audience that does not exist in this ad account (or was deleted) was selected.</source>
        <translation>이 광고계정에 없는(또는 삭제된) 오디언스가 선택되었습니다.</translation>
    </message>
    <message>
        <source>A Pixel &amp; SDK targeting period is not one Kakao Moment accepts.</source>
        <translation>픽셀 &amp; SDK 타겟팅 기간이 카카오모먼트가 받는 값이 아닙니다.</translation>
    </message>
    <message>
        <source>This ad group does not exist in the ad account (it may have been deleted).</source>
        <translation>이 광고그룹이 광고계정에 없습니다(삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>An ad group cannot be moved to another campaign.</source>
        <translation>광고그룹을 다른 캠페인으로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Kakao Moment refused the change: the ad group can be edited only once every 5 seconds. Try again in a moment.</source>
        <translation>카카오모먼트가 변경을 거절했습니다. 광고그룹은 5초에 한 번만 수정할 수 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Choose a campaign first: ad groups are listed per campaign.</source>
        <translation>먼저 캠페인을 선택하세요. 광고그룹은 캠페인별로 표시됩니다.</translation>
    </message>
    <message>
        <source>This campaign does not exist in the ad account (it may have been deleted).</source>
        <translation>이 캠페인이 광고계정에 없습니다(삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>Kakao Moment rejected the request because a value was missing or wrong.</source>
        <translation>값이 빠졌거나 잘못되어 카카오모먼트가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Your business token was rejected or has expired. Enter a new token.</source>
        <translation>비즈니스 토큰이 거부되었거나 만료되었습니다. 새 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Your business token has no permission for this ad account. Check the ad account ID or ask the account&apos;s owner for access.</source>
        <translation>이 비즈니스 토큰에는 이 광고계정의 권한이 없습니다. 광고계정 ID를 확인하거나 계정 소유자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>Kakao Moment does not know this address. The app may need an update.</source>
        <translation>카카오모먼트가 알 수 없는 주소입니다. 앱을 업데이트해야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Kakao Moment received too many requests. Wait a minute and try again.</source>
        <translation>카카오모먼트에 요청이 너무 많습니다. 1분 정도 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Kakao Moment had an internal error. Try again in a few minutes.</source>
        <translation>카카오모먼트에 내부 오류가 발생했습니다. 몇 분 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Kakao Moment is having trouble (server error). Try again in a few minutes.</source>
        <translation>카카오모먼트에 문제가 있습니다(서버 오류). 몇 분 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not reach Kakao Moment (no answer or the connection dropped). Check the internet connection and try again.</source>
        <translation>카카오모먼트에 연결하지 못했습니다(응답이 없거나 연결이 끊김). 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Kakao Moment sent an answer this app does not understand (unexpected response shape).</source>
        <translation>카카오모먼트가 이 앱이 이해할 수 없는 응답을 보냈습니다(예상과 다른 응답 형식).</translation>
    </message>
    <message>
        <source>Kakao Moment sent an answer this app does not understand (unexpected response shape). {reason}</source>
        <translation>카카오모먼트가 이 앱이 이해할 수 없는 응답을 보냈습니다(예상과 다른 응답 형식). {reason}</translation>
    </message>
    <message>
        <source>Kakao Moment returned an error.</source>
        <translation>카카오모먼트가 오류를 알려 왔습니다.</translation>
    </message>
    <message>
        <source>Kakao Moment sent an answer larger than this app accepts ({size} MB), so it was not read. Try again; if it keeps happening, a proxy or network device may be in the way.</source>
        <translation>카카오모먼트가 이 앱이 받을 수 있는 크기({size} MB)보다 큰 응답을 보내 읽지 않았습니다. 다시 시도해 주세요. 계속 그러면 프록시나 네트워크 장비가 중간에서 방해하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Kakao Moment did not finish answering within {seconds} s. Check the internet connection and try again.</source>
        <translation>카카오모먼트가 {seconds}초 안에 응답을 마치지 않았습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The ad group to change has no ID; open it from Kakao again.</source>
        <translation>변경할 광고그룹에 ID가 없습니다. 카카오에서 다시 여세요.</translation>
    </message>
    <message>
        <source>Choose a campaign first (no valid ID was given).</source>
        <translation>먼저 캠페인을 선택하세요(올바른 ID가 없습니다).</translation>
    </message>
    <message>
        <source>Choose an ad group first (no valid ID was given).</source>
        <translation>먼저 광고그룹을 선택하세요(올바른 ID가 없습니다).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo data · built-in simulator</source>
        <translation>데모 데이터 · 내장 시뮬레이터</translation>
    </message>
    <message>
        <source>Kakao Moment · ad account %1</source>
        <translation>카카오모먼트 · 광고계정 %1</translation>
    </message>
    <message>
        <source>No business token is stored yet, so this is demo data, not your account.</source>
        <translation>저장된 비즈니스 토큰이 없어 광고계정이 아닌 데모 데이터를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply to ad group</source>
        <translation>광고그룹에 적용</translation>
    </message>
    <message>
        <source>Apply the picks to ad group %1</source>
        <translation>고른 타겟팅을 광고그룹 %1에 적용</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Show the request &amp;body</source>
        <translation>요청 본문 보기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reload from Kakao</source>
        <translation>카카오에서 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Someone changed this ad group on Kakao since you opened it (%1). Reload it first (your picks can be brought back with Edit ▸ Undo), or apply anyway to replace those changes.</source>
        <translation>이 광고그룹을 연 뒤에 카카오에서 누군가 변경했습니다(%1). 먼저 다시 불러오거나(고른 항목은 편집 ▸ 실행 취소로 되돌릴 수 있습니다), 그 변경을 덮어쓰고 그대로 적용하세요.</translation>
    </message>
    <message>
        <source>Apply &amp;anyway</source>
        <translation>그대로 적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing to apply: the ad group on Kakao already has exactly these picks.</source>
        <translation>적용할 변경이 없습니다. 카카오의 광고그룹이 이미 이 타겟팅과 같습니다.</translation>
    </message>
    <message>
        <source>Compared with the ad group as it is on Kakao now: %1 added, %2 removed, %3 changed. Everything else in the ad group is sent back unchanged.</source>
        <translation>지금 카카오에 있는 광고그룹과 비교: 추가 %1, 삭제 %2, 변경 %3. 광고그룹의 나머지 설정은 바꾸지 않고 그대로 보냅니다.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>추가 %1, 삭제 %2, 변경 %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>변경: %1</translation>
    </message>
    <message>
        <source>Sending the change to Kakao and reading it back…</source>
        <translation>카카오에 변경을 보내고 다시 읽어 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>ApplyError</name>
    <message>
        <source>This ad group stores Pixel &amp; SDK periods as period names, and {days} days is not one of them. Choose {choices} days for {event}.</source>
        <translation>이 광고그룹은 픽셀 &amp; SDK 기간을 기간 이름으로 저장하며, {days}일은 그중 하나가 아닙니다. {event}의 기간을 {choices}일 중에서 고르세요.</translation>
    </message>
</context>
<context>
    <name>AudienceListTab</name>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Tick to include · + include · − exclude · Del remove</source>
        <translation>체크하면 포함 · + 포함 · − 제외 · Del 삭제</translation>
    </message>
    <message>
        <source>Update picked audiences from Kakao Moment</source>
        <translation>선택한 오디언스를 카카오모먼트 최신 정보로 갱신</translation>
    </message>
    <message>
        <source>Picked earlier, but not in the list Kakao Moment returned now</source>
        <translation>이전에 선택했지만 지금 카카오모먼트가 보낸 목록에는 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 포함</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 제외</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Include	+</source>
        <translation>포함	+</translation>
    </message>
    <message>
        <source>Exclude	−</source>
        <translation>제외	−</translation>
    </message>
    <message>
        <source>Remove	Del</source>
        <translation>삭제	Del</translation>
    </message>
</context>
<context>
    <name>AudienceModel</name>
    <message>
        <source>Use as</source>
        <translation>포함/제외</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>AudiencePanel</name>
    <message>
        <source>Cohorts</source>
        <translation>광고반응타겟</translation>
    </message>
    <message>
        <source>Engagement cohorts</source>
        <translation>광고반응타겟</translation>
    </message>
    <message>
        <source>Pixel &amp;&amp; SDK</source>
        <translation>픽셀 &amp;&amp; SDK</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK events</source>
        <translation>픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>고객파일</translation>
    </message>
    <message>
        <source>Kakao Talk channels</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Talk channels</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Kakao Login users</source>
        <translation>카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Kakao Login</source>
        <translation>카카오 로그인</translation>
    </message>
    <message>
        <source>Friend groups</source>
        <translation>친구그룹</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AudienceStatus</name>
    <message>
        <source>population is still being extracted</source>
        <translation>모수를 추출하는 중</translation>
    </message>
    <message>
        <source>extracting the population failed</source>
        <translation>모수 추출 실패</translation>
    </message>
    <message>
        <source>audience too small</source>
        <translation>모수 부족</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>error at Kakao Moment</source>
        <translation>카카오모먼트 오류</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>상태 알 수 없음</translation>
    </message>
    <message>
        <source>not usable for targeting</source>
        <translation>타겟팅에 사용할 수 없음</translation>
    </message>
    <message>
        <source>Not usable: status %1 (%2)</source>
        <translation>사용 불가: 상태 %1 (%2)</translation>
    </message>
    <message>
        <source>Not usable: not ready yet (population is still being prepared)</source>
        <translation>사용 불가: 아직 준비되지 않음 (모수를 준비하는 중)</translation>
    </message>
</context>
<context>
    <name>CampaignBar</name>
    <message>
        <source>Kakao Bizboard</source>
        <translation>카카오 비즈보드</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>디스플레이</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Kakao Talk Channel</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Personalized message</source>
        <translation>개인화 메시지</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>View</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>도달</translation>
    </message>
    <message>
        <source>Kakao Talk</source>
        <translation>카카오톡</translation>
    </message>
    <message>
        <source>Daum</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Kakao Story</source>
        <translation>카카오스토리</translation>
    </message>
    <message>
        <source>Kakao services</source>
        <translation>카카오 서비스</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>캠페인(&amp;C):</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>게재지면:</translation>
    </message>
    <message>
        <source>Choose type · goal…</source>
        <translation>캠페인 유형 · 목표 선택…</translation>
    </message>
    <message>
        <source>Campaign type and goal: the targeting rules depend on it</source>
        <translation>캠페인 유형과 목표: 이에 따라 적용되는 타겟팅 규칙이 달라집니다</translation>
    </message>
    <message>
        <source>Clear campaign</source>
        <translation>캠페인 선택 해제</translation>
    </message>
    <message>
        <source>Set campaign to %1</source>
        <translation>캠페인을 %1(으)로 변경</translation>
    </message>
    <message>
        <source>Change placements</source>
        <translation>게재지면 변경</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>%1 is no longer offered</source>
        <translation>%1은(는) 더 이상 제공되지 않습니다</translation>
    </message>
    <message>
        <source>%1 can no longer be used (%2)</source>
        <translation>%1은(는) 이제 사용할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1은(는) 이제 %2 상태입니다</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1의 이름이 %2(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>%1 now counts %2 (was %3)</source>
        <translation>%1의 모수가 %3에서 %2(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>%1 changed since the cached copy: %2; %3 more.</source>
        <translation>%1이(가) 캐시된 사본 이후 바뀌었습니다: %2; 외 %3건.</translation>
    </message>
    <message>
        <source>%1 changed since the cached copy: %2.</source>
        <translation>%1이(가) 캐시된 사본 이후 바뀌었습니다: %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Filter by name or code…</source>
        <translation>이름·코드 검색…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Tick every row shown (after filtering)</source>
        <translation>(필터 후) 보이는 행을 모두 체크</translation>
    </message>
    <message>
        <source>Untick every row shown (after filtering)</source>
        <translation>(필터 후) 보이는 행을 모두 체크 해제</translation>
    </message>
    <message>
        <source>%1 of %2 picked</source>
        <translation>%2개 중 %1개 선택</translation>
    </message>
</context>
<context>
    <name>CohortTab</name>
    <message>
        <source>Engagement cohort</source>
        <translation>광고반응타겟</translation>
    </message>
    <message>
        <source>Audience type</source>
        <translation>타겟 유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>Loading engagement cohorts…</source>
        <translation>광고반응타겟 불러오는 중…</translation>
    </message>
    <message>
        <source>collected over %1 days</source>
        <translation>%1일 동안 수집</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Cohort ID %1, </source>
        <translation>광고반응타겟 ID %1, </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Paste a fragment (e.g. what is live today):</source>
        <translation>JSON을 붙여 넣으세요 (예: 지금 게재 중인 설정):</translation>
    </message>
    <message>
        <source>Compare with pasted</source>
        <translation>붙여 넣은 JSON과 비교</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>The pasted text could not be read: %1</source>
        <translation>붙여 넣은 내용을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the pasted fragment</source>
        <translation>붙여 넣은 JSON</translation>
    </message>
    <message>
        <source>No differences from %1.</source>
        <translation>%1과(와) 차이가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from this selection to %1.</source>
        <translation>
            <numerusform>이 타겟팅 설정과 %1 사이에 차이 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>변경됨: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect with a business token</source>
        <translation>비즈니스 토큰으로 연결(&amp;C)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>데모 사용해 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to moment-gui</source>
        <translation>moment-gui에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Build Kakao Moment ad-group targeting by clicking. Connect with your business token to see your own ad account&apos;s audiences, or try the demo with made-up data first.</source>
        <translation>클릭만으로 카카오모먼트 광고그룹 타겟팅을 만드세요. 비즈니스 토큰으로 연결하면 내 광고계정의 타겟을 볼 수 있고, 먼저 가상 데이터로 데모를 사용해 볼 수도 있습니다.</translation>
    </message>
    <message>
        <source>Business token expired</source>
        <translation>비즈니스 토큰 만료</translation>
    </message>
    <message>
        <source>Your business token was rejected or has expired</source>
        <translation>비즈니스 토큰이 거부되었거나 만료되었습니다</translation>
    </message>
    <message>
        <source>Every pick is kept. Enter a new business token to load your ad account&apos;s lists again.</source>
        <translation>선택한 항목은 모두 그대로 있습니다. 새 비즈니스 토큰을 입력하면 광고계정의 목록을 다시 불러옵니다.</translation>
    </message>
    <message>
        <source>Choose the ad account</source>
        <translation>광고계정 선택</translation>
    </message>
    <message>
        <source>Every ad account your business token may use. The lists, Open from Kakao and Apply work on the account you choose; your picks are kept.</source>
        <translation>비즈니스 토큰으로 사용할 수 있는 모든 광고계정입니다. 목록, 카카오에서 열기, 광고그룹에 적용은 선택한 계정에서 동작하며 지금까지 고른 항목은 유지됩니다.</translation>
    </message>
    <message>
        <source>Connect to Kakao Moment</source>
        <translation>카카오모먼트에 연결</translation>
    </message>
    <message>
        <source>The token is checked with one small request that lists the ad accounts it may use; choose one, and the token is kept in this computer&apos;s password storage.</source>
        <translation>토큰은 사용할 수 있는 광고계정 목록을 가져오는 작은 요청 한 번으로 확인합니다. 광고계정을 고르면 토큰을 이 컴퓨터의 비밀번호 저장소에 보관합니다.</translation>
    </message>
    <message>
        <source>The token is checked with one small request, then kept in this computer&apos;s password storage.</source>
        <translation type="vanished">토큰은 작은 요청 한 번으로 확인한 뒤 이 컴퓨터의 비밀번호 저장소에 보관합니다.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something unexpected went wrong. Your picks are kept and you can keep working; saving now is a good idea. Please send the copied report to support.</source>
        <translation>예기치 않은 문제가 발생했습니다. 선택한 항목은 그대로 있으니 계속 작업할 수 있지만, 지금 저장해 두는 것이 좋습니다. 복사한 보고서를 지원팀에 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>CustomerFileTab</name>
    <message>
        <source>Customer file</source>
        <translation>고객파일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>Loading customer files…</source>
        <translation>고객파일 불러오는 중…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비 완료</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Customer file ID %1</source>
        <translation>고객파일 ID %1</translation>
    </message>
</context>
<context>
    <name>DataCategoryTree</name>
    <message>
        <source>Filter by name or ID (ㄱㅇ, 게임)…</source>
        <translation>이름이나 ID로 거르기 (ㄱㅇ, 게임)…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>거르기</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <source>Untick every category in this list</source>
        <translation>이 목록의 카테고리를 모두 해제합니다</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>카테고리를 불러오는 중…</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>%1 해제</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>%1 선택</translation>
    </message>
    <message>
        <source>%1 already has a picked category inside it (%2). Kakao takes a category or the one inside it, not both: which do you want?</source>
        <translation>%1 안에 이미 선택한 카테고리(%2)가 있습니다. 카카오는 상위 카테고리와 그 안의 카테고리를 함께 받지 않습니다. 어느 쪽을 남길까요?</translation>
    </message>
    <message>
        <source>%1 already has %2 picked categories inside it. Kakao takes a category or the ones inside it, not both: which do you want?</source>
        <translation>%1 안에 이미 선택한 카테고리가 %2개 있습니다. 카카오는 상위 카테고리와 그 안의 카테고리를 함께 받지 않습니다. 어느 쪽을 남길까요?</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 남기기</translation>
    </message>
    <message>
        <source>Keep the %1 inside</source>
        <translation>안의 %1개 남기기</translation>
    </message>
    <message>
        <source>Tick %1 instead of the categories inside it</source>
        <translation>안의 카테고리 대신 %1 선택</translation>
    </message>
    <message>
        <source>Untick every category in %1</source>
        <translation>%1 카테고리 모두 해제</translation>
    </message>
    <message>
        <source>%1 picked of %2 categories</source>
        <translation>카테고리 %2개 중 %1개 선택</translation>
    </message>
</context>
<context>
    <name>DataCategoryTreeModel</name>
    <message>
        <source>%1 — picked earlier, but not in the list Kakao Moment returned now</source>
        <translation>%1 — 전에 선택했지만 지금 카카오모먼트가 보낸 목록에는 없습니다</translation>
    </message>
    <message>
        <source>Included through %1</source>
        <translation>%1에 포함됨</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 picked inside</source>
        <translation>%1 (%2) — 안에서 %3개 선택</translation>
    </message>
</context>
<context>
    <name>DemographicsPanel</name>
    <message>
        <source>[observed] These field names (genderType, genders, ageType, ages, deviceTypes, allAvailableDeviceType) come from 2021 request bodies and are not confirmed for Kakao Moment v4: check the ad group in Kakao Moment after pasting.</source>
        <translation>[관찰값] 이 필드 이름(genderType, genders, ageType, ages, deviceTypes, allAvailableDeviceType)은 2021년 요청 본문에서 본 것으로, 카카오모먼트 v4에서 확인되지 않았습니다. 붙여 넣은 뒤 카카오모먼트에서 광고그룹을 확인하세요.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>선택:</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Only these ages:</source>
        <translation>선택한 나이만:</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>디바이스</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>모든 디바이스</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>만 %1세 이상</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>만 %1~%2세</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>Campaign</source>
        <translation type="vanished">캠페인</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="vanished">지역</translation>
    </message>
    <message>
        <source>Network categories</source>
        <translation type="vanished">네트워크 게재지면 카테고리</translation>
    </message>
    <message>
        <source>Section categories</source>
        <translation type="vanished">섹션 카테고리</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="vanished">광고반응타겟</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK events</source>
        <translation type="vanished">픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation type="vanished">고객파일</translation>
    </message>
    <message>
        <source>Talk Channels</source>
        <translation type="vanished">카카오톡 채널</translation>
    </message>
    <message>
        <source>Kakao Login profiles</source>
        <translation type="vanished">카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Friend groups</source>
        <translation type="vanished">친구그룹</translation>
    </message>
    <message>
        <source>Other fragment fields</source>
        <translation type="vanished">기타 JSON 필드</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>&amp;New selection</source>
        <translation>새 타겟팅 설정(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste fragment</source>
        <translation>JSON 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>the untitled selection</source>
        <translation>제목 없는 타겟팅 설정</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>저장하지 않으면 변경 사항이 사라집니다.</translation>
    </message>
    <message>
        <source>Open selection</source>
        <translation>타겟팅 설정 열기</translation>
    </message>
    <message>
        <source>This file was saved by an older version; it is upgraded when you save.</source>
        <translation>이전 버전에서 저장한 파일입니다. 저장하면 새 형식으로 바뀝니다.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>타겟팅설정</translation>
    </message>
    <message>
        <source>Save selection</source>
        <translation>타겟팅 설정 저장</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Saved selections (*.json);;All files (*)</source>
        <translation>저장한 타겟팅 설정 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Paste fragment</source>
        <translation>JSON 붙여넣기</translation>
    </message>
    <message>
        <source>Could not import the fragment: %1</source>
        <translation>JSON을 가져오지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste replaces the %n pick(s) in the window with the fragment&apos;s. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>붙여넣으면 창에 있는 선택 %n개가 JSON의 내용으로 바뀝니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the fragment</source>
        <translation>JSON으로 바꾸기(&amp;U)</translation>
    </message>
    <message>
        <source>Keep my pick&amp;s</source>
        <translation>지금 선택 유지(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n region</source>
        <translation>
            <numerusform>지역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
            <numerusform>지역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audience</source>
        <translation>
            <numerusform>타겟 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audiences</source>
        <translation>
            <numerusform>타겟 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2</source>
        <translation>%1, %2를 가져왔습니다</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t paste</source>
        <translation type="vanished">붙여넣지 않기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="vanished">바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my picks</source>
        <translation type="vanished">지금 선택 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Imported %1 regions and %2 audiences</source>
        <translation type="vanished">지역 %1개, 타겟 %2개를 가져왔습니다</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Import fragment from %1</source>
        <translation>%1에서 JSON 가져오기</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The file is damaged: the JSON ends unexpectedly at line {line}</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: JSON이 {line}행에서 갑자기 끝납니다</translation>
    </message>
    <message>
        <source>The file is damaged: {reason} at line {line}, column {column}</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: {line}행 {column}열에서 {reason}</translation>
    </message>
    <message>
        <source>The file is damaged: its JSON is nested impossibly deep</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: JSON이 지나치게 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>The file is damaged: a number in it is impossibly long</source>
        <translation>파일이 손상되었습니다: 너무 긴 숫자가 들어 있습니다</translation>
    </message>
    <message>
        <source>The file is damaged: it has a broken character escape (half of a surrogate pair)</source>
        <translation>파일이 손상되었습니다: 깨진 문자 이스케이프(서로게이트 쌍의 절반)가 들어 있습니다</translation>
    </message>
    <message>
        <source>This file is not a moment-gui selection</source>
        <translation>이 파일은 moment-gui 타겟팅 설정 파일이 아닙니다</translation>
    </message>
    <message>
        <source>The file is damaged: its format version is missing or not a number</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: 형식 버전이 없거나 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>This file was saved by a newer version of moment-gui (format version {version}); update the app to open it</source>
        <translation>더 새로운 버전의 moment-gui에서 저장한 파일입니다(형식 버전 {version}). 이 파일을 열려면 앱을 업데이트하세요</translation>
    </message>
    <message>
        <source>The file is damaged: savedAt {value} is not a date</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: savedAt 값이 날짜가 아닙니다: {value}</translation>
    </message>
    <message>
        <source>The file is damaged: the ad group it was opened from lacks its ad account, ID or opening time</source>
        <translation>파일이 손상되었습니다: 불러온 광고그룹의 광고계정, ID 또는 연 시각이 없습니다</translation>
    </message>
    <message>
        <source>The file is damaged: {name} is not a number JSON allows</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: JSON에서 허용하지 않는 숫자 값({name})이 있습니다</translation>
    </message>
    <message>
        <source>The file is damaged: {reason}</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: {reason}</translation>
    </message>
    <message>
        <source>The file is damaged: labels must be an object</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: labels 값이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>{name} 파일을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>There is no file at {path}</source>
        <translation>파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a saved selection</source>
        <translation>타겟팅 설정 파일이 아니라 폴더입니다: {path}</translation>
    </message>
    <message>
        <source>moment-gui is not allowed to read {path}</source>
        <translation>moment-gui에 이 파일을 읽을 권한이 없습니다: {path}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>파일을 읽지 못했습니다: {path} ({reason})</translation>
    </message>
    <message>
        <source>The file is damaged: it is not UTF-8 text (bad byte at position {position})</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: UTF-8 텍스트가 아닙니다(잘못된 바이트 위치: {position})</translation>
    </message>
    <message>
        <source>The file is damaged: {where} is not an object</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’ 값이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} is not a list</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’ 값이 목록이 아닙니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} is not text</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’ 값이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} has no {key}</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’에 {key} 값이 없습니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} is not a whole number</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’ 값이 정수가 아닙니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} has an unknown value {value}</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’에 알 수 없는 값이 있습니다: {value}</translation>
    </message>
    <message>
        <source>The file is damaged: {where} has a depth3Name without a depth2Name</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’에 depth2Name 없이 depth3Name만 있습니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} has the wrong type</source>
        <translation>타겟팅 설정 파일이 손상되었습니다: ‘{where}’ 값의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>The file is damaged: {where} key {value} is not a {kind} ID</source>
        <translation>파일이 손상되었습니다: {where}의 키 {value}은(는) {kind} ID가 아닙니다</translation>
    </message>
</context>
<context>
    <name>FragmentError</name>
    <message>
        <source>The fragment must be a JSON object, not {kind}</source>
        <translation>광고그룹 JSON은 JSON 객체여야 합니다(현재: {kind})</translation>
    </message>
    <message>
        <source>&quot;targeting&quot; must be an object, not {kind}</source>
        <translation>&quot;targeting&quot; 값은 객체여야 합니다(현재: {kind})</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list, not {kind}</source>
        <translation>&quot;{key}&quot; 값은 목록이어야 합니다(현재: {kind})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; must be an object, not {kind}</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목은 객체여야 합니다(현재: {kind})</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of codes, not {kind}</source>
        <translation>&quot;{key}&quot; 값은 코드 목록이어야 합니다(현재: {kind})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; must be a text code, not {kind}</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목은 텍스트 코드여야 합니다(현재: {kind})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; needs &quot;{field}&quot; INCLUDE or EXCLUDE, got {got}</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목의 &quot;{field}&quot; 값은 INCLUDE 또는 EXCLUDE여야 합니다(현재: {got})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; has a &quot;|&quot; in its IDs, which is not allowed</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목의 ID에 사용할 수 없는 &quot;|&quot; 문자가 있습니다</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; is {value}, not a Kakao category ID (3, 5 or 7 characters, e.g. A01, A0101, A010101)</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목 {value}은(는) 카카오 카테고리 ID가 아닙니다(3, 5, 7자리, 예: A01, A0101, A010101)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be ALL or NOT_ALL, got {got}</source>
        <translation>&quot;{key}&quot; 값은 ALL 또는 NOT_ALL이어야 합니다(현재: {got})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; is {value}; Kakao offers only {legal}</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목 {value}은(는) 쓸 수 없습니다. 카카오가 제공하는 값: {legal}</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false, got {got}</source>
        <translation>&quot;{key}&quot; 값은 true 또는 false여야 합니다(현재: {got})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; has no &quot;{name}&quot;</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목에 &quot;{name}&quot; 값이 없습니다</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; has a non-text &quot;{name}&quot;</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목의 &quot;{name}&quot; 값이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; needs a whole number in &quot;{name}&quot;, got {got}</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목의 &quot;{name}&quot; 값은 정수여야 합니다(현재: {got})</translation>
    </message>
    <message>
        <source>Item {i} of &quot;{key}&quot; needs text in &quot;{name}&quot;, got {got}</source>
        <translation>&quot;{key}&quot;의 {i}번째 항목의 &quot;{name}&quot; 값은 텍스트여야 합니다(현재: {got})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>There is nothing to import: the text is empty</source>
        <translation>가져올 내용이 없습니다: 텍스트가 비어 있습니다</translation>
    </message>
    <message>
        <source>The JSON ends unexpectedly at line {line}; is part of it missing?</source>
        <translation>JSON이 {line}행에서 갑자기 끝납니다. 일부가 빠지지 않았는지 확인하세요</translation>
    </message>
    <message>
        <source>The text is not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>올바른 JSON이 아닙니다: {line}행 {column}열에서 {reason}</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be an ad-group fragment</source>
        <translation>JSON이 너무 깊게 중첩되어 있어 광고그룹 JSON으로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The text is not valid JSON: {name} is not a number JSON allows</source>
        <translation>올바른 JSON이 아닙니다: JSON에서 허용하지 않는 숫자 값({name})이 있습니다</translation>
    </message>
    <message>
        <source>The text has a number too long to be an ID or a count</source>
        <translation>텍스트에 ID나 수치로 쓰기에는 너무 긴 숫자가 있습니다</translation>
    </message>
    <message>
        <source>The text has a broken character escape (half of a surrogate pair)</source>
        <translation>텍스트에 깨진 문자 이스케이프(서로게이트 쌍의 절반)가 있습니다</translation>
    </message>
    <message>
        <source>This is a saved moment-gui selection, not an ad-group fragment: open it instead</source>
        <translation>이것은 광고그룹 JSON이 아니라 저장된 moment-gui 타겟팅 설정입니다. 대신 파일을 여세요</translation>
    </message>
    <message>
        <source>This JSON is not an ad-group fragment: it has none of its fields (targeting, locations, cohortTargetings, adServingCategories, …)</source>
        <translation>이 JSON은 광고그룹 JSON이 아닙니다. 광고그룹 JSON의 필드(targeting, locations, cohortTargetings, adServingCategories, …)가 하나도 없습니다</translation>
    </message>
</context>
<context>
    <name>FragmentPreview</name>
    <message>
        <source>Ad-group fragment</source>
        <translation>광고그룹 JSON</translation>
    </message>
    <message>
        <source>Show targeting only</source>
        <translation>타겟팅만 보기</translation>
    </message>
    <message>
        <source>&amp;Copy fragment</source>
        <translation type="vanished">JSON 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole ad-group fragment as JSON (Ctrl+Shift+C)</source>
        <translation>광고그룹 JSON 전체를 복사합니다 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy &amp;targeting</source>
        <translation type="vanished">타겟팅만 복사(&amp;T)</translation>
    </message>
    <message>
        <source>Copy only the targeting object as JSON</source>
        <translation>targeting 객체만 JSON으로 복사합니다</translation>
    </message>
    <message>
        <source>Copy as c&amp;hecklist</source>
        <translation type="vanished">체크리스트로 복사(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the picks as a plain-text checklist in the language of the window, named as Kakao Moment&apos;s web screens name them, to set up an ad group by hand</source>
        <translation>선택한 항목을 창의 언어로, 카카오모먼트 웹 화면의 이름 그대로 일반 텍스트 체크리스트로 복사합니다. 광고그룹을 손으로 설정할 때 씁니다</translation>
    </message>
    <message>
        <source>The JSON that Copy puts on the clipboard</source>
        <translation>복사하면 클립보드에 들어가는 JSON</translation>
    </message>
    <message numerus="yes">
        <source>Not copied: %n rule error(s) listed under Problems would make Kakao reject this JSON. Fix them first, or copy it anyway.</source>
        <translation>
            <numerusform>복사하지 않았습니다: 검토 결과의 규칙 오류 %n개 때문에 카카오가 이 JSON을 거부합니다. 먼저 해결하거나, 그래도 복사하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation type="vanished">그래도 복사(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;opy fragment</source>
        <translation>JSON 복사(&amp;O)</translation>
    </message>
    <message>
        <source>Copy tar&amp;geting</source>
        <translation>타겟팅만 복사(&amp;G)</translation>
    </message>
    <message>
        <source>Copy as checkl&amp;ist</source>
        <translation>체크리스트로 복사(&amp;I)</translation>
    </message>
    <message>
        <source>⚠ Seen in Kakao&apos;s 2021 request bodies, not confirmed for API v4 (underlined): %1</source>
        <translation>⚠ 카카오의 2021년 요청 본문에서 본 필드로, API v4에서는 확인되지 않음(밑줄): %1</translation>
    </message>
    <message>
        <source>Kakao&apos;s API documentation does not list these gender, age and device fields; they are written the way Kakao Moment sent them in 2021. Check the ad group&apos;s demographics in Kakao Moment after pasting.</source>
        <translation>카카오 API 문서에는 이 성별·연령·디바이스 필드가 없습니다. 2021년에 카카오모먼트가 보낸 형식대로 작성했습니다. 붙여넣은 뒤 카카오모먼트에서 광고그룹의 성별·연령·디바이스 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Copy an&amp;yway</source>
        <translation>그래도 복사(&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <source>Not copied: %n rule error(s)</source>
        <translation>
            <numerusform>복사하지 않음: 규칙 오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Not yet confirmed by Kakao (underlined): %1</source>
        <translation>⚠ 카카오에서 아직 확인되지 않은 필드(밑줄): %1</translation>
    </message>
    <message>
        <source>⚠ Unconfirmed field names: %1</source>
        <translation type="vanished">⚠ 확인되지 않은 필드 이름: %1</translation>
    </message>
    <message>
        <source>No public Kakao request shows these field names yet. Check the ad group in Kakao Moment after pasting, or open a real ad group with File ▸ Open from Kakao… to check them (Tools ▸ Wire check).</source>
        <translation>공개된 카카오 요청 중에 이 필드 이름을 쓰는 것이 아직 없습니다. 붙여 넣은 뒤 카카오모먼트에서 광고그룹을 확인하거나, 파일 ▸ 카카오에서 열기…로 실제 광고그룹을 열어 확인하세요(도구 ▸ 필드 확인).</translation>
    </message>
    <message>
        <source>ad-group fragment</source>
        <translation>광고그룹 JSON</translation>
    </message>
    <message>
        <source>targeting</source>
        <translation>타겟팅 JSON</translation>
    </message>
    <message>
        <source>Copied the checklist (%1 lines)</source>
        <translation>체크리스트를 복사했습니다 (%1줄)</translation>
    </message>
    <message>
        <source>Copied the %1 (%2 lines of JSON)</source>
        <translation>%1을 복사했습니다 (JSON %2줄)</translation>
    </message>
</context>
<context>
    <name>FriendGroupTab</name>
    <message>
        <source>Service user IDs</source>
        <translation>서비스 사용자 ID</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Message recipients</source>
        <translation>메시지 수신자</translation>
    </message>
    <message>
        <source>Friend group</source>
        <translation>친구그룹</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>생성 기준</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>친구 수</translation>
    </message>
    <message>
        <source>Kakao Talk channe&amp;l</source>
        <translation>카카오톡 채널(&amp;L)</translation>
    </message>
    <message>
        <source>Kakao Talk &amp;channel</source>
        <translation type="vanished">카카오톡 채널(&amp;C)</translation>
    </message>
    <message>
        <source>Friend groups belong to one Kakao Talk channel</source>
        <translation>친구그룹은 카카오톡 채널별로 있습니다</translation>
    </message>
    <message>
        <source>Kakao Talk channel</source>
        <translation type="vanished">카카오톡 채널</translation>
    </message>
    <message>
        <source>Loading Kakao Talk channels…</source>
        <translation>카카오톡 채널 불러오는 중…</translation>
    </message>
    <message>
        <source>This ad account has no Kakao Talk channels.</source>
        <translation>이 광고계정에는 카카오톡 채널이 없습니다.</translation>
    </message>
    <message>
        <source>Loading friend groups…</source>
        <translation>친구그룹 불러오는 중…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Friend group ID %1</source>
        <translation>친구그룹 ID %1</translation>
    </message>
</context>
<context>
    <name>InclusionDelegate</name>
    <message>
        <source>Not usable</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>JsonErrors</name>
    <message>
        <source>expecting value</source>
        <translation>값이 와야 합니다</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; delimiter</source>
        <translation>쉼표(,)가 와야 합니다</translation>
    </message>
    <message>
        <source>expecting &apos;:&apos; delimiter</source>
        <translation>콜론(:)이 와야 합니다</translation>
    </message>
    <message>
        <source>expecting property name enclosed in double quotes</source>
        <translation>큰따옴표로 감싼 속성 이름이 와야 합니다</translation>
    </message>
    <message>
        <source>extra data</source>
        <translation>JSON이 끝난 뒤에 남는 내용이 있습니다</translation>
    </message>
    <message>
        <source>unterminated string starting at</source>
        <translation>시작된 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>invalid control character at</source>
        <translation>문자열 안에 허용되지 않는 제어 문자가 있습니다</translation>
    </message>
    <message>
        <source>invalid \escape</source>
        <translation>잘못된 \ 이스케이프가 있습니다</translation>
    </message>
    <message>
        <source>invalid \uxxxx escape</source>
        <translation>잘못된 \uXXXX 이스케이프가 있습니다</translation>
    </message>
    <message>
        <source>illegal trailing comma before end of object</source>
        <translation>객체가 끝나기 전에 허용되지 않는 쉼표가 있습니다</translation>
    </message>
    <message>
        <source>illegal trailing comma before end of array</source>
        <translation>배열이 끝나기 전에 허용되지 않는 쉼표가 있습니다</translation>
    </message>
</context>
<context>
    <name>KakaoList</name>
    <message>
        <source>%1 listed</source>
        <translation>%1개</translation>
    </message>
</context>
<context>
    <name>KakaoRoundTrip</name>
    <message>
        <source>Open from &amp;Kakao…</source>
        <translation>카카오에서 열기(&amp;K)…</translation>
    </message>
    <message>
        <source>Appl&amp;y to ad group…</source>
        <translation>광고그룹에 적용(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Wire check of the opened ad group…</source>
        <translation>연 광고그룹의 필드 확인(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Apply to ad group…</source>
        <translation>광고그룹에 적용(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Stop working on this ad group</source>
        <translation>이 광고그룹 작업 끝내기</translation>
    </message>
    <message>
        <source>Campaign type × goal on Kakao: %1 × %2 (not known to this app)</source>
        <translation>카카오의 캠페인 유형 × 목표: %1 × %2 (이 앱이 모르는 조합)</translation>
    </message>
    <message>
        <source>Campaign type × goal on Kakao: %1</source>
        <translation>카카오의 캠페인 유형 × 목표: %1</translation>
    </message>
    <message>
        <source>Opening ad group %1…</source>
        <translation>광고그룹 %1 여는 중…</translation>
    </message>
    <message>
        <source>Open ad group %1 from Kakao</source>
        <translation>카카오에서 광고그룹 %1 열기</translation>
    </message>
    <message>
        <source>Reading ad group %1 from Kakao…</source>
        <translation>카카오에서 광고그룹 %1 읽는 중…</translation>
    </message>
    <message>
        <source>Reload ad group %1 from Kakao</source>
        <translation>카카오에서 광고그룹 %1 다시 불러오기</translation>
    </message>
    <message>
        <source>Reloaded from Kakao</source>
        <translation>카카오에서 다시 불러옴</translation>
    </message>
    <message>
        <source>Opened ad group %1 from Kakao</source>
        <translation>카카오에서 광고그룹 %1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Kakao Moment · ad account %1</source>
        <translation>카카오모먼트 · 광고계정 %1</translation>
    </message>
    <message>
        <source>Ad group %1 (ID %2) in campaign %3 · ad account %4, opened from Kakao at %5</source>
        <translation>광고그룹 %1 (ID %2) · 캠페인 %3 · 광고계정 %4, %5에 카카오에서 열었음</translation>
    </message>
    <message>
        <source>&amp;Wire check (%1)</source>
        <translation>필드 확인 %1건(&amp;W)</translation>
    </message>
    <message>
        <source>Locked to Kakao: campaign %1, ad group %2</source>
        <translation>카카오 값으로 잠김: 캠페인 %1, 광고그룹 %2</translation>
    </message>
    <message>
        <source>🔒 From Kakao: campaign %1, ad group %2</source>
        <translation type="vanished">🔒 카카오에서 가져옴: 캠페인 %1, 광고그룹 %2</translation>
    </message>
    <message>
        <source>Open an ad group from Kakao first (File ▸ Open from Kakao…).</source>
        <translation>먼저 카카오에서 광고그룹을 여세요(파일 ▸ 카카오에서 열기…).</translation>
    </message>
    <message>
        <source>Reading the ad group from Kakao to compare…</source>
        <translation>비교하려고 카카오에서 광고그룹을 읽는 중…</translation>
    </message>
    <message>
        <source>Waiting %1 s: Kakao allows one edit of an ad group every 5 seconds…</source>
        <translation>%1초 기다리는 중: 카카오는 광고그룹 수정을 5초에 한 번만 허용합니다…</translation>
    </message>
    <message>
        <source>Sending the change to Kakao and reading it back…</source>
        <translation>카카오에 변경을 보내고 다시 읽어 확인하는 중…</translation>
    </message>
    <message>
        <source>Applied. Kakao read back exactly these picks.</source>
        <translation>적용했습니다. 카카오에서 다시 읽은 타겟팅이 고른 그대로입니다.</translation>
    </message>
    <message>
        <source>Applied, but Kakao reads back differently (%1). Your picks are kept; reload to see what Kakao holds.</source>
        <translation>적용했지만 카카오에서 다시 읽은 내용이 다릅니다(%1). 고른 항목은 그대로 있습니다. 카카오에 저장된 내용은 다시 불러와서 확인하세요.</translation>
    </message>
    <message>
        <source>Kakao refused the change (detail %1): %2. Nothing was changed on Kakao; your picks are kept.</source>
        <translation>카카오가 변경을 거부했습니다(상세 코드 %1): %2. 카카오에서는 아무것도 바뀌지 않았고 고른 항목은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Apply again…</source>
        <translation>다시 적용…</translation>
    </message>
</context>
<context>
    <name>LookupCache</name>
    <message>
        <source>The lookup cache is in use by another program, so lists are loaded without it for now.</source>
        <translation>다른 프로그램이 조회 캐시를 사용하고 있어 당분간 캐시 없이 목록을 불러옵니다.</translation>
    </message>
    <message>
        <source>The lookup cache cannot be used ({reason}), so moment-gui works without it until it is restarted: lists load from Kakao Moment each time and cannot be shown offline.</source>
        <translation>조회 캐시를 사용할 수 없어({reason}) moment-gui를 다시 시작할 때까지 캐시 없이 동작합니다. 목록은 매번 카카오모먼트에서 불러오며 오프라인에서는 볼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <source>This list was never loaded on this computer, so it cannot be shown offline. Connect and open it once to keep a copy.</source>
        <translation>이 목록은 이 컴퓨터에서 불러온 적이 없어 오프라인으로 보여 줄 수 없습니다. 연결된 상태에서 한 번 열어 두면 사본이 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy ad-group fragment</source>
        <translation>광고그룹 JSON 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;targeting only</source>
        <translation>타겟팅만 복사(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as c&amp;hecklist</source>
        <translation>체크리스트로 복사(&amp;H)</translation>
    </message>
    <message>
        <source>Paste a list of &amp;regions…</source>
        <translation type="vanished">지역 목록 붙여넣기(&amp;R)…</translation>
    </message>
    <message>
        <source>Paste a &amp;list of regions…</source>
        <translation>지역 목록 붙여넣기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find region…</source>
        <translation>지역 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;targeting only</source>
        <translation>타겟팅만 보기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;About moment-gui</source>
        <translation>moment-gui 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>게재지면(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Audiences</source>
        <translation>오디언스 타겟(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kakao data</source>
        <translation>카카오 데이터(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Demographics</source>
        <translation>데모그래픽(&amp;D)</translation>
    </message>
    <message>
        <source>Untitled selection</source>
        <translation>제목 없는 타겟팅 설정</translation>
    </message>
    <message>
        <source>Region search is not available</source>
        <translation>지역 검색을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Loading regions, placements and audiences…</source>
        <translation>지역, 게재지면, 타겟 불러오는 중…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>That translation is not installed; using English.</source>
        <translation>해당 언어 파일이 설치되어 있지 않아 영어로 표시합니다.</translation>
    </message>
    <message>
        <source>About moment-gui</source>
        <translation>moment-gui 정보</translation>
    </message>
    <message>
        <source>moment-gui %1: Kakao Moment ad-group targeting by clicking.</source>
        <translation>moment-gui %1: 클릭으로 만드는 카카오모먼트 광고그룹 타겟팅.</translation>
    </message>
    <message>
        <source>Kakao refused the business token (expired?). Your picks are kept.</source>
        <translation>카카오가 비즈니스 토큰을 거부했습니다 (만료되었나요?). 선택한 항목은 그대로 있습니다.</translation>
    </message>
</context>
<context>
    <name>OpenFromKakaoDialog</name>
    <message>
        <source>Choose an ad account first.</source>
        <translation>먼저 광고계정을 고르세요.</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>먼저 캠페인을 고르세요.</translation>
    </message>
    <message>
        <source>Open from Kakao</source>
        <translation>카카오에서 열기</translation>
    </message>
    <message>
        <source>Open an ad group from Kakao Moment</source>
        <translation>카카오모먼트에서 광고그룹 열기</translation>
    </message>
    <message>
        <source>Its regions, placements, categories and audiences fill the picker; the campaign type × goal and placements come from Kakao and stay locked. Everything the picker does not edit (bid, budget, schedule, …) is kept and written back unchanged.</source>
        <translation>광고그룹의 지역, 게재지면, 카테고리, 오디언스를 불러옵니다. 캠페인 유형 × 목표와 게재지면은 카카오의 값을 쓰며 잠겨 있습니다. 여기서 편집하지 않는 설정(입찰가, 예산, 집행 일정 등)은 그대로 두었다가 변경 없이 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>이름 또는 ID로 검색</translation>
    </message>
    <message>
        <source>1. Ad &amp;account</source>
        <translation>1. 광고계정(&amp;A)</translation>
    </message>
    <message>
        <source>No ad account to choose from.</source>
        <translation>고를 수 있는 광고계정이 없습니다.</translation>
    </message>
    <message>
        <source>2. &amp;Campaign</source>
        <translation>2. 캠페인(&amp;C)</translation>
    </message>
    <message>
        <source>This ad account has no campaign.</source>
        <translation>이 광고계정에는 캠페인이 없습니다.</translation>
    </message>
    <message>
        <source>3. Ad &amp;group</source>
        <translation>3. 광고그룹(&amp;G)</translation>
    </message>
    <message>
        <source>This campaign has no ad group.</source>
        <translation>이 캠페인에는 광고그룹이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>PanelStatus</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>%1 · checking for changes…</source>
        <translation>%1 · 변경 사항 확인 중…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>데모 데이터</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>cached just now</source>
        <translation>캐시 · 방금 전</translation>
    </message>
    <message>
        <source>cached {count} min ago</source>
        <translation>캐시 · {count}분 전</translation>
    </message>
    <message>
        <source>cached {count} h ago</source>
        <translation>캐시 · {count}시간 전</translation>
    </message>
    <message>
        <source>cached {count} days ago</source>
        <translation>캐시 · {count}일 전</translation>
    </message>
    <message>
        <source>cached %1 min ago</source>
        <translation type="vanished">캐시 · %1분 전</translation>
    </message>
    <message>
        <source>cached %1 h ago</source>
        <translation type="vanished">캐시 · %1시간 전</translation>
    </message>
    <message>
        <source>cached 1 day ago</source>
        <translation>캐시 · 1일 전</translation>
    </message>
    <message>
        <source>cached %1 days ago</source>
        <translation type="vanished">캐시 · %1일 전</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>Campaign</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Network category</source>
        <translation>네트워크 게재지면 카테고리</translation>
    </message>
    <message>
        <source>Network categories</source>
        <translation>네트워크 게재지면 카테고리</translation>
    </message>
    <message>
        <source>Section category</source>
        <translation>섹션 카테고리</translation>
    </message>
    <message>
        <source>Section categories</source>
        <translation>섹션 카테고리</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>광고반응타겟</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>광고반응타겟</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK event</source>
        <translation>픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK events</source>
        <translation>픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>고객파일</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>고객파일</translation>
    </message>
    <message>
        <source>Talk Channel</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Talk Channels</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Kakao Login profile</source>
        <translation>카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Kakao Login profiles</source>
        <translation>카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Friend group</source>
        <translation>친구그룹</translation>
    </message>
    <message>
        <source>Friend groups</source>
        <translation>친구그룹</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>관심사</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>관심사</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Business types</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Demographic setting</source>
        <translation>데모그래픽 설정</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>데모그래픽</translation>
    </message>
    <message>
        <source>Other fragment field</source>
        <translation>기타 JSON 필드</translation>
    </message>
    <message>
        <source>Other fragment fields</source>
        <translation>기타 JSON 필드</translation>
    </message>
</context>
<context>
    <name>PickedRegionsModel</name>
    <message>
        <source>%1 (key %2) — press Delete or click ✕ to remove</source>
        <translation>%1 (키 %2) — Delete 키를 누르거나 ✕를 클릭하면 삭제됩니다</translation>
    </message>
</context>
<context>
    <name>PickedRegionsView</name>
    <message>
        <source>Picked regions</source>
        <translation>선택한 지역</translation>
    </message>
    <message>
        <source>Use it instead</source>
        <translation>상위 지역으로 바꾸기</translation>
    </message>
    <message>
        <source>Kakao accepts at most 1,000 regions in one ad group</source>
        <translation>광고그룹 하나에 지역은 최대 1,000개까지 설정할 수 있습니다</translation>
    </message>
    <message>
        <source>All %1 areas of %2 are picked.</source>
        <translation>%2의 하위 지역 %1곳이 모두 선택되었습니다.</translation>
    </message>
    <message>
        <source>Use %1 instead</source>
        <translation>%1(으)로 바꾸기</translation>
    </message>
</context>
<context>
    <name>PixelEventTab</name>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>이벤트 코드</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>최근 이벤트</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>Choose a tracker or type a track ID</source>
        <translation>픽셀 &amp; SDK를 선택하거나 트랙 ID를 입력하세요</translation>
    </message>
    <message>
        <source>Pick a Pixel &amp; SDK tracker, or type its track ID</source>
        <translation>픽셀 &amp; SDK를 선택하거나 트랙 ID를 입력하세요</translation>
    </message>
    <message>
        <source>Count people who triggered the event in the last N days</source>
        <translation>최근 N일 동안 이벤트를 발생시킨 사용자를 모읍니다</translation>
    </message>
    <message>
        <source>Trac&amp;ker</source>
        <translation type="vanished">트래커(&amp;K)</translation>
    </message>
    <message>
        <source>Ter&amp;m</source>
        <translation>기간(&amp;M)</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="vanished">픽셀 &amp; SDK</translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="vanished">기간</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Loading trackers…</source>
        <translation>픽셀 &amp; SDK 불러오는 중…</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Choose a tracker or type a track ID.</source>
        <translation>픽셀 &amp; SDK를 선택하거나 트랙 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>이벤트 불러오는 중…</translation>
    </message>
    <message>
        <source>Population: people who triggered the event in the last %1 days</source>
        <translation>모수: 최근 %1일 동안 이벤트를 발생시킨 사용자 수</translation>
    </message>
    <message>
        <source>T&amp;racker</source>
        <translation>트래커(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation type="vanished">기간(&amp;E)</translation>
    </message>
    <message>
        <source>Track rule %1</source>
        <translation>이벤트 규칙 %1</translation>
    </message>
    <message>
        <source>Set Pixel &amp; SDK term to %1 days</source>
        <translation>픽셀 &amp; SDK 기간을 %1일로 변경</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <source>Network placement categories</source>
        <translation>네트워크 게재지면 카테고리</translation>
    </message>
    <message>
        <source>Section categories</source>
        <translation>섹션 카테고리</translation>
    </message>
    <message>
        <source>Network placement categories cannot be used for Display × Conversion.</source>
        <translation>디스플레이 × 전환 캠페인에서는 네트워크 게재지면 카테고리를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Section categories can be chosen only for Kakao Bizboard campaigns placed on Kakao Talk.</source>
        <translation>섹션 카테고리는 카카오톡에 노출하는 카카오 비즈보드 캠페인에서만 선택할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>No problems found</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>오류 1개</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>오류 %1개</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>경고 %1개</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>참고 1개</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>참고 %1개</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>검토 결과: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>해결: %1</translation>
    </message>
    <message>
        <source>No automatic fix</source>
        <translation>자동 해결 없음</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>해결 방법 적용</translation>
    </message>
    <message>
        <source>Show in panel</source>
        <translation>해당 패널에서 보기</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>Region</source>
        <translation type="vanished">지역</translation>
    </message>
    <message>
        <source>Network category</source>
        <translation type="vanished">네트워크 게재지면 카테고리</translation>
    </message>
    <message>
        <source>Section category</source>
        <translation type="vanished">섹션 카테고리</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="vanished">광고반응타겟</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK event</source>
        <translation type="vanished">픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation type="vanished">고객파일</translation>
    </message>
    <message>
        <source>Talk Channel</source>
        <translation type="vanished">카카오톡 채널</translation>
    </message>
    <message>
        <source>Kakao Login profile</source>
        <translation type="vanished">카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Friend group</source>
        <translation type="vanished">친구그룹</translation>
    </message>
    <message>
        <source>Could not check {category}: {why}</source>
        <translation>{category}을(를) 확인하지 못했습니다: {why}</translation>
    </message>
    <message>
        <source>Region {key} is now {new} (saved as {old})</source>
        <translation>지역 {key}의 이름이 {new}(으)로 바뀌었습니다(저장된 이름: {old})</translation>
    </message>
    <message>
        <source>Region {name} ({key}) is no longer offered</source>
        <translation>지역 {name}({key})은(는) 더 이상 제공되지 않습니다</translation>
    </message>
    <message>
        <source>Region {name} is no longer offered as {key}; the same name is now {new}</source>
        <translation>지역 {name}은(는) 더 이상 {key}(으)로 제공되지 않습니다. 같은 이름의 지역은 이제 {new}입니다</translation>
    </message>
    <message>
        <source>{what} {key} is now called {new} (saved as {old})</source>
        <translation>{what} {key}의 이름이 {new}(으)로 바뀌었습니다(저장된 이름: {old})</translation>
    </message>
    <message>
        <source>{what} {name} ({key}) is no longer offered</source>
        <translation>{what} {name}({key})은(는) 더 이상 제공되지 않습니다</translation>
    </message>
    <message>
        <source>{what} {name} ({key}) is no longer offered; the same name is now {new}</source>
        <translation>{what} {name}({key})은(는) 더 이상 제공되지 않습니다. 같은 이름의 항목은 이제 {new}입니다</translation>
    </message>
    <message>
        <source>{what} {name} was {before} and is now {after}</source>
        <translation>{what} {name}의 상태가 {before}에서 {after}(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>{what} {name} was {before} and is now {after}: it can no longer be targeted</source>
        <translation>{what} {name}의 상태가 {before}에서 {after}(으)로 바뀌어 더 이상 타겟팅할 수 없습니다</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{what} {name} population {before} → {after} ({change})</source>
        <translation>{what} {name} 모수 {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Update the name</source>
        <translation>이름 업데이트</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Use {key} instead</source>
        <translation>{key}(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Update the saved status</source>
        <translation>저장된 상태 업데이트</translation>
    </message>
    <message>
        <source>Update the saved population</source>
        <translation>저장된 모수 업데이트</translation>
    </message>
</context>
<context>
    <name>RecheckView</name>
    <message>
        <source>Re-check now</source>
        <translation>지금 재확인</translation>
    </message>
    <message>
        <source>Report populations that moved more than this</source>
        <translation>모수가 이보다 많이 바뀌면 알려 줍니다</translation>
    </message>
    <message>
        <source>Population change threshold ±</source>
        <translation>모수 변동 기준 ±</translation>
    </message>
    <message>
        <source>Compare every pick with current data from the service.</source>
        <translation>선택한 모든 항목을 카카오모먼트의 최신 데이터와 비교합니다.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>확인 결과</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>선택한 항목 반영</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>모두 반영</translation>
    </message>
    <message>
        <source>Fetching current data…</source>
        <translation>최신 데이터 불러오는 중…</translation>
    </message>
    <message>
        <source>Offline: nothing checked. Connect to the internet and re-check.</source>
        <translation>오프라인: 아무것도 확인하지 못했습니다. 인터넷에 연결한 뒤 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Everything is current (checked %1 against %2).</source>
        <translation>모두 최신 상태입니다 (%1을(를) %2 기준으로 확인).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) found (checked %1 against %2).</source>
        <translation>
            <numerusform>변경 %n개 발견 (%1, %2 기준 확인).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be checked.</source>
        <translation>
            <numerusform>목록 %n개는 확인하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (checked %1 against %2).</source>
        <translation type="vanished">
            <numerusform>확인 결과 %n건 (%1을(를) %2 기준으로 확인).</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>제공 중단</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Population changed</source>
        <translation>모수 변경</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>확인 못 함</translation>
    </message>
    <message>
        <source>Re-check: %1</source>
        <translation>재확인: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-check: accept %n finding(s)</source>
        <translation>
            <numerusform>재확인: 확인 결과 %n건 반영</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message>
        <source>Unsaved work could not be backed up: %1</source>
        <translation>저장하지 않은 작업을 백업하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Unsaved work from a newer version of moment-gui (format version %1) is kept in %2. This version cannot open it; update moment-gui to restore it.</source>
        <translation>더 새로운 버전의 moment-gui에서 저장하지 않은 작업(형식 버전 %1)이 %2에 보관되어 있습니다. 이 버전으로는 열 수 없으니 moment-gui를 업데이트한 뒤 복원하세요.</translation>
    </message>
    <message>
        <source>moment-gui did not close normally last time. Restore unsaved work from %1?</source>
        <translation>moment-gui가 지난번에 정상적으로 종료되지 않았습니다. %1의 저장하지 않은 작업을 복구할까요?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Recovered selection</source>
        <translation>복구한 타겟팅 설정</translation>
    </message>
</context>
<context>
    <name>RegionListController</name>
    <message>
        <source>Re&amp;build region list</source>
        <translation>지역 목록 다시 만들기(&amp;B)</translation>
    </message>
    <message>
        <source>Fetch every region again for instant browsing and search without the server</source>
        <translation>모든 지역을 다시 받아 서버 없이도 바로 탐색하고 검색할 수 있게 합니다</translation>
    </message>
    <message>
        <source>Region list paused; Tools ▸ Rebuild region list resumes it.</source>
        <translation>지역 목록 만들기를 일시 중지했습니다. 도구 ▸ 지역 목록 다시 만들기로 이어서 진행합니다.</translation>
    </message>
    <message>
        <source>Building the offline region list… %1 / %2</source>
        <translation>오프라인 지역 목록 만드는 중… %1 / %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Offline region list ready: %1 regions</source>
        <translation>오프라인 지역 목록 준비 완료: 지역 %1개</translation>
    </message>
    <message>
        <source>The offline region list could not be built: %1</source>
        <translation>오프라인 지역 목록을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>이어서 진행</translation>
    </message>
</context>
<context>
    <name>RegionListPaste</name>
    <message>
        <source>Paste a list of regions</source>
        <translation>지역 목록 붙여넣기</translation>
    </message>
    <message>
        <source>One region per line, as in a spreadsheet column: 서울 강남구 역삼1동, 분당구 정자1동, 해운대구. CSV rows work too.</source>
        <translation>스프레드시트의 열처럼 한 줄에 지역 하나씩: 서울 강남구 역삼1동, 분당구 정자1동, 해운대구. CSV 행도 됩니다.</translation>
    </message>
    <message>
        <source>Paste the list here (Ctrl+V)…</source>
        <translation>여기에 목록을 붙여 넣으세요 (Ctrl+V)…</translation>
    </message>
    <message>
        <source>&amp;Match lines</source>
        <translation>줄 맞추기(&amp;M)</translation>
    </message>
    <message>
        <source>Edit the list</source>
        <translation>목록 고치기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">결과</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>The offline region list is still being built (see the status bar): the lines are matched as soon as it is ready.</source>
        <translation>오프라인 지역 목록을 아직 만드는 중입니다(상태 표시줄 참고). 준비되는 대로 줄을 맞춥니다.</translation>
    </message>
    <message>
        <source>Line %1 — double-click to edit it</source>
        <translation>%1번째 줄 — 두 번 클릭해 고치세요</translation>
    </message>
    <message>
        <source>No region of that name: edit the line</source>
        <translation>그런 이름의 지역이 없습니다. 줄을 고치세요</translation>
    </message>
    <message>
        <source>Choose one of %1…</source>
        <translation>%1곳 중 하나를 고르세요…</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>찾음</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>여러 곳</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>못 찾음</translation>
    </message>
    <message>
        <source>%1 matched, %2 ambiguous (choose one), %3 unmatched (edit the line)</source>
        <translation>찾음 %1, 여러 곳 %2(하나를 고르세요), 못 찾음 %3(줄을 고치세요)</translation>
    </message>
    <message>
        <source>Add %1 regions from a pasted list</source>
        <translation>붙여 넣은 목록에서 지역 %1곳 추가</translation>
    </message>
    <message>
        <source>Added %1 regions; the lines below still need you.</source>
        <translation>지역 %1곳을 추가했습니다. 아래 줄은 아직 손봐야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Add %1 regions</source>
        <translation>지역 %1곳 추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Search regions (강남, ㄱㄴ, 논현1동)</source>
        <translation>지역 검색 (강남, ㄱㄴ, 논현1동)</translation>
    </message>
    <message>
        <source>Loading provinces…</source>
        <translation>시/도 불러오는 중…</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>시/도</translation>
    </message>
    <message>
        <source>Loading districts of %1…</source>
        <translation>%1의 시/군/구 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading neighbourhoods of %1…</source>
        <translation>%1의 읍/면/동 불러오는 중…</translation>
    </message>
    <message>
        <source>Unpick %1</source>
        <translation>%1 선택 해제</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>%1 선택</translation>
    </message>
    <message>
        <source>%1 already has a picked area inside it (%2). Kakao rejects an area picked at two levels: which do you want?</source>
        <translation>%1 안에 이미 선택한 지역(%2)이 있습니다. 카카오는 두 단계에서 함께 선택한 지역을 거부합니다. 어느 쪽을 남길까요?</translation>
    </message>
    <message>
        <source>%1 already has %2 picked areas inside it. Kakao rejects an area picked at two levels: which do you want?</source>
        <translation>%1 안에 이미 선택한 하위 지역이 %2곳 있습니다. 카카오는 같은 지역을 두 단계로 선택하면 거부합니다. 어느 쪽을 남길까요?</translation>
    </message>
    <message>
        <source>%1 is already targeted: %2 is picked, which includes it.</source>
        <translation>%1은(는) 이미 타겟팅됩니다: 이를 포함하는 %2을(를) 선택했습니다.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 남기기</translation>
    </message>
    <message>
        <source>Keep the %1 areas</source>
        <translation>하위 지역 %1곳 남기기</translation>
    </message>
    <message>
        <source>Pick %1 instead of the areas inside it</source>
        <translation>하위 지역 대신 %1 선택</translation>
    </message>
    <message>
        <source>Remove %1 regions</source>
        <translation>지역 %1개 삭제</translation>
    </message>
    <message>
        <source>Use %1 instead of its areas</source>
        <translation>하위 지역 대신 %1(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Paste list…</source>
        <translation>목록 붙여넣기…</translation>
    </message>
    <message>
        <source>Paste a list of regions (one per line, from a spreadsheet) and pick every line that matches; you can also drop a .txt or .csv file here</source>
        <translation>지역 목록(스프레드시트에서 한 줄에 하나씩)을 붙여 넣어 맞는 줄을 모두 선택합니다. .txt나 .csv 파일을 여기로 끌어 놓아도 됩니다</translation>
    </message>
    <message>
        <source>%1 is too big to be a list of regions.</source>
        <translation>%1은(는) 지역 목록이라기엔 너무 큽니다.</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor CP949 (EUC-KR) text.</source>
        <translation>%1은(는) UTF-8도 CP949(EUC-KR)도 아닌 파일입니다.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>RegionResultsModel</name>
    <message>
        <source>All of %1</source>
        <translation>%1 전체</translation>
    </message>
</context>
<context>
    <name>RegionSearch</name>
    <message>
        <source>Searching Kakao for “%1”…</source>
        <translation>카카오에서 “%1” 검색 중…</translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <source>Included through %1</source>
        <translation>%1 선택으로 포함됨</translation>
    </message>
    <message>
        <source>%1 — %2 picked inside</source>
        <translation>%1 — 하위 %2곳 선택</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No campaign chosen</source>
        <translation>캠페인 미선택</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>channel {id}</source>
        <translation>채널 {id}</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <source>No longer offered</source>
        <translation>더 이상 제공되지 않음</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Population changed</source>
        <translation>모수 변경</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>확인 못 함</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Targeting review</source>
        <translation>타겟팅 검토</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Rule check</source>
        <translation>규칙 확인</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Full detail</source>
        <translation>전체 내역</translation>
    </message>
    <message>
        <source>Data dates</source>
        <translation>데이터 기준일</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML lang attribute of the report</comment>
        <translation>ko</translation>
    </message>
    <message>
        <source>As saved on an unknown date</source>
        <translation>저장 일시 알 수 없음</translation>
    </message>
    <message>
        <source>As saved on %1</source>
        <translation>%1 저장 기준</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>캠페인:</translation>
    </message>
    <message>
        <source>Ad account:</source>
        <translation>광고계정:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>whole area</source>
        <translation>전체 지역</translation>
    </message>
    <message>
        <source>whole area + %1 more</source>
        <translation>전체 지역 + %1곳</translation>
    </message>
    <message>
        <source>Regions — %1 in %2 시/도</source>
        <translation>지역 — %2개 시/도에 %1곳</translation>
    </message>
    <message>
        <source>시/도</source>
        <translation>시/도</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>No regions picked: the ad group targets all of Korea.</source>
        <translation>선택한 지역 없음: 광고그룹이 전국을 대상으로 합니다.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>게재지면</translation>
    </message>
    <message>
        <source>Network categories</source>
        <translation>네트워크 게재지면 카테고리</translation>
    </message>
    <message>
        <source>Section categories</source>
        <translation>섹션 카테고리</translation>
    </message>
    <message>
        <source>Kakao data and demographics</source>
        <translation>카카오 데이터와 인구통계</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>타겟팅</translation>
    </message>
    <message>
        <source>Audiences — %1 included, %2 excluded</source>
        <translation>오디언스 — 포함 %1개, 제외 %2개</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>오디언스</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>No audiences picked.</source>
        <translation>선택한 오디언스 없음.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No problems found: Kakao&apos;s targeting rules are met.</source>
        <translation>문제 없음: 카카오 타겟팅 규칙을 모두 지킵니다.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 (%2 기준)</translation>
    </message>
    <message>
        <source>Re-checked %1.</source>
        <translation>%1에 다시 확인했습니다.</translation>
    </message>
    <message>
        <source>Everything is current.</source>
        <translation>모두 최신입니다.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Regions (%1)</source>
        <translation>지역 (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>시/군/구</source>
        <translation>시/군/구</translation>
    </message>
    <message>
        <source>동/읍/면</source>
        <translation>읍/면/동</translation>
    </message>
    <message>
        <source>Network categories (%1)</source>
        <translation>네트워크 게재지면 카테고리 (%1)</translation>
    </message>
    <message>
        <source>Section categories (%1)</source>
        <translation>섹션 카테고리 (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Audiences (%1)</source>
        <translation>오디언스 (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Other fragment fields, kept as pasted</source>
        <translation>붙여넣은 그대로 유지한 기타 필드</translation>
    </message>
    <message>
        <source>not re-checked: names and numbers as saved</source>
        <translation>다시 확인 안 함: 저장 당시의 이름과 수치</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Region list dated</source>
        <translation>지역 목록 기준일</translation>
    </message>
    <message>
        <source>Re-checked</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>보고서 작성</translation>
    </message>
    <message>
        <source>moment-gui %1 (selection saved with %2). Names, statuses and populations are those recorded in the selection unless a re-check is shown.</source>
        <translation>moment-gui %1 (타겟팅 설정 저장 버전 %2). 다시 확인 결과가 없으면 이름, 상태, 모수는 타겟팅 설정에 기록된 값입니다.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Open for review</source>
        <translation>검토용으로 열기</translation>
    </message>
    <message>
        <source>Selections (*.json);;All files (*)</source>
        <translation>타겟팅 설정 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>검토용으로 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Open for &amp;review…</source>
        <translation type="vanished">검토용으로 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Re-check against current data…</source>
        <translation>최신 데이터로 재확인(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>재확인</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>A title for the client report</source>
        <translation>고객용 보고서 제목</translation>
    </message>
    <message>
        <source>Notes for the client, shown under the title in the report</source>
        <translation>고객에게 전할 메모 (보고서 제목 아래에 표시)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save the reviewed picks, accepted changes included</source>
        <translation>반영한 변경 사항을 포함해 검토 중인 타겟팅 설정을 저장합니다</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>편집 창에서 열기</translation>
    </message>
    <message>
        <source>Continue editing these picks in the main window (one undo step there)</source>
        <translation>메인 창에서 이어서 편집합니다 (메인 창에서 한 번에 실행 취소 가능)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>파일과 비교…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>%1 — review — moment-gui</source>
        <translation>%1 — 검토 — moment-gui</translation>
    </message>
    <message>
        <source>Current selection, not saved yet</source>
        <translation>현재 타겟팅 설정 (아직 저장하지 않음)</translation>
    </message>
    <message>
        <source>%1 — names, statuses and populations from the file</source>
        <translation>%1 — 이름, 상태, 모수는 파일에 저장된 값</translation>
    </message>
    <message>
        <source>As saved on %1 — names, statuses and populations from the file</source>
        <translation type="vanished">%1에 저장한 그대로 — 이름, 상태, 모수는 파일 기준</translation>
    </message>
    <message>
        <source> · changed since (accepted re-check findings)</source>
        <translation> · 이후 변경됨 (재확인 결과 반영)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Save reviewed selection</source>
        <translation>검토한 타겟팅 설정 저장</translation>
    </message>
    <message>
        <source>Open reviewed selection “%1”</source>
        <translation>검토한 타겟팅 설정 “%1” 열기</translation>
    </message>
    <message>
        <source>Opened the reviewed selection in the editor</source>
        <translation>검토한 타겟팅 설정을 편집 창에서 열었습니다</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Wrote the %1 report to %2</source>
        <translation>%1 보고서를 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교할 파일</translation>
    </message>
    <message>
        <source>Selections (*.json);;All files (*)</source>
        <translation>타겟팅 설정 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Cohort</source>
        <translation type="vanished">광고반응타겟</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="vanished">광고반응타겟</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK event</source>
        <translation type="vanished">픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK events</source>
        <translation type="vanished">픽셀 &amp; SDK 이벤트</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation type="vanished">고객파일</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation type="vanished">고객파일</translation>
    </message>
    <message>
        <source>Talk Channel</source>
        <translation type="vanished">카카오톡 채널</translation>
    </message>
    <message>
        <source>Talk Channels</source>
        <translation type="vanished">카카오톡 채널</translation>
    </message>
    <message>
        <source>Kakao Login profile</source>
        <translation type="vanished">카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Kakao Login profiles</source>
        <translation type="vanished">카카오 로그인 사용자</translation>
    </message>
    <message>
        <source>Friend group</source>
        <translation type="vanished">친구그룹</translation>
    </message>
    <message>
        <source>Friend groups</source>
        <translation type="vanished">친구그룹</translation>
    </message>
    <message>
        <source>Choose a campaign type and goal to check the rules that depend on it (section and Network categories, cohort types, friend groups).</source>
        <translation>캠페인 유형과 목표를 선택하면 그에 따른 규칙(섹션·네트워크 카테고리, 광고반응타겟 유형, 친구그룹)도 확인합니다.</translation>
    </message>
    <message>
        <source>{campaign} is not a campaign type and goal the API can create.</source>
        <translation>{campaign}은(는) API로 만들 수 있는 캠페인 유형·목표 조합이 아닙니다.</translation>
    </message>
    <message>
        <source>Section categories ({items}) are only for Kakao Bizboard campaigns shown on Kakao Talk; this is {campaign}.</source>
        <translation>섹션 카테고리({items})는 카카오톡에 노출되는 카카오 비즈보드 캠페인에서만 쓸 수 있습니다. 현재 캠페인은 {campaign}입니다.</translation>
    </message>
    <message>
        <source>Section categories ({items}) need the KAKAO_TALK placement, which is not chosen.</source>
        <translation type="vanished">섹션 카테고리({items})에는 KAKAO_TALK 게재지면이 필요한데 선택되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Section categories ({items}) need the KAKAO_TALK placement; make sure the ad group uses it.</source>
        <translation type="vanished">섹션 카테고리({items})에는 KAKAO_TALK 게재지면이 필요합니다. 광고그룹이 이 게재지면을 쓰는지 확인하세요.</translation>
    </message>
    <message>
        <source>Network categories ({items}) cannot be used for Display x Conversion.</source>
        <translation type="vanished">네트워크 게재지면 카테고리({items})는 디스플레이 × 전환 캠페인에서 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cohort {items} is a {actual} audience, but {campaign} needs {wanted}.</source>
        <translation>광고반응타겟 {items}은(는) {actual} 유형이지만 {campaign} 캠페인에는 {wanted} 유형이 필요합니다.</translation>
    </message>
    <message>
        <source>Cohorts {items} are {actual} audiences, but {campaign} needs {wanted}.</source>
        <translation>광고반응타겟 {items}은(는) {actual} 유형이지만 {campaign} 캠페인에는 {wanted} 유형이 필요합니다.</translation>
    </message>
    <message>
        <source>Friend groups ({items}) can only be targeted by Kakao Talk Channel x Reach campaigns; this is {campaign}.</source>
        <translation type="vanished">친구그룹({items})은 카카오톡 채널 × 도달 캠페인에서만 타겟팅할 수 있습니다. 현재 캠페인은 {campaign}입니다.</translation>
    </message>
    <message>
        <source>Section categories ({items}) need the Kakao Talk placement, which is not ticked.</source>
        <translation>섹션 카테고리({items})에는 카카오톡 게재지면이 필요한데 선택되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Network categories ({items}) only apply to the Network placement, which is not ticked: tick Network or remove them.</source>
        <translation>네트워크 게재지면 카테고리({items})는 네트워크 게재지면에만 적용되는데 네트워크가 선택되어 있지 않습니다. 네트워크를 선택하거나 카테고리를 빼세요.</translation>
    </message>
    <message>
        <source>Section categories ({items}) need the Kakao Talk placement; make sure the ad group uses it.</source>
        <translation>섹션 카테고리({items})에는 카카오톡 게재지면이 필요합니다. 광고그룹이 이 게재지면을 쓰는지 확인하세요.</translation>
    </message>
    <message>
        <source>Network categories ({items}) cannot be used for Display · Conversion campaigns.</source>
        <translation>네트워크 게재지면 카테고리({items})는 디스플레이 · 전환 캠페인에서 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Friend groups ({items}) can only be targeted by Kakao Talk Channel · Reach campaigns; this is {campaign}.</source>
        <translation>친구그룹({items})은 카카오톡 채널 · 도달 캠페인에서만 타겟팅할 수 있습니다. 현재 캠페인은 {campaign}입니다.</translation>
    </message>
    <message>
        <source>Only Kakao Talk Channel · Reach campaigns can target friend groups.</source>
        <translation>친구그룹은 카카오톡 채널 · 도달 캠페인에서만 타겟팅할 수 있습니다.</translation>
    </message>
    <message>
        <source>{campaign} needs {wanted} cohorts; this is a {actual} cohort.</source>
        <translation>{campaign} 캠페인에는 {wanted} 광고반응타겟이 필요한데 이 타겟은 {actual} 유형입니다.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>디스플레이</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>{kind} {items} cannot be targeted: {why}.</source>
        <translation>{kind} {items}은(는) 타겟팅할 수 없습니다({why}).</translation>
    </message>
    <message>
        <source>{item} is {state}</source>
        <translation>{item}: {state}</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>{kind} {items} could not be verified as usable; recheck them before creating the ad group.</source>
        <translation>{kind} {items}을(를) 쓸 수 있는지 확인하지 못했습니다. 광고그룹을 만들기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>{count} regions are picked; one ad group allows at most {max}.</source>
        <translation>지역이 {count}개 선택되었습니다. 광고그룹 하나에는 최대 {max}개까지 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>{parent} is picked together with {count} area(s) inside it ({items}); Kakao rejects an area picked at two levels.</source>
        <translation type="vanished">{parent} 전체와 그 안의 지역 {count}곳({items})이 함께 선택되었습니다. 같은 지역을 두 단계로 선택하면 카카오가 거부합니다.</translation>
    </message>
    <message>
        <source>{parent} is picked together with 1 area inside it ({items}); Kakao rejects an area picked at two levels.</source>
        <translation>{parent} 전체와 그 안의 지역 1곳({items})이 함께 선택되었습니다. 같은 지역을 두 단계로 선택하면 카카오가 거부합니다.</translation>
    </message>
    <message>
        <source>{parent} is picked together with {count} areas inside it ({items}); Kakao rejects an area picked at two levels.</source>
        <translation>{parent} 전체와 그 안의 지역 {count}곳({items})이 함께 선택되었습니다. 같은 지역을 두 단계로 선택하면 카카오가 거부합니다.</translation>
    </message>
    <message>
        <source>{kind} {item} is both included and excluded.</source>
        <translation>{kind} {item}이(가) 포함과 제외에 모두 들어 있습니다.</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK event {items} has a term of {terms} days; the term must be 1 to 180 days.</source>
        <translation>픽셀 &amp; SDK 이벤트 {items}의 기간이 {terms}일입니다. 기간은 1~180일이어야 합니다.</translation>
    </message>
    <message>
        <source>Pixel &amp; SDK events {items} have a term of {terms} days; the term must be 1 to 180 days.</source>
        <translation>픽셀 &amp; SDK 이벤트 {items}의 기간이 {terms}일입니다. 기간은 1~180일이어야 합니다.</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} 외 {more}개</translation>
    </message>
    <message>
        <source>Remove the Network categories</source>
        <translation>네트워크 카테고리 빼기</translation>
    </message>
    <message>
        <source>Remove the section categories</source>
        <translation>섹션 카테고리 빼기</translation>
    </message>
    <message>
        <source>Remove the friend groups</source>
        <translation>친구그룹 빼기</translation>
    </message>
    <message>
        <source>Remove the cohort</source>
        <translation>광고반응타겟 빼기</translation>
    </message>
    <message>
        <source>Remove the {count} cohorts</source>
        <translation>광고반응타겟 {count}개 빼기</translation>
    </message>
    <message>
        <source>Remove the unusable items</source>
        <translation>쓸 수 없는 항목 빼기</translation>
    </message>
    <message>
        <source>Keep {parent}</source>
        <translation>{parent}만 남기기</translation>
    </message>
    <message>
        <source>Keep the {count} picks inside it</source>
        <translation>하위 지역 {count}곳만 남기기</translation>
    </message>
    <message>
        <source>Keep {child} instead</source>
        <translation>{child}만 남기기</translation>
    </message>
    <message>
        <source>Keep the {count} categories inside it</source>
        <translation>하위 카테고리 {count}개만 남기기</translation>
    </message>
    <message>
        <source>{parent} is picked together with 1 category inside it ({items}); pick the category or the one inside it, not both.</source>
        <translation>{parent}와(과) 그 안의 카테고리 1개({items})가 함께 선택되었습니다. 상위 카테고리나 그 안의 카테고리 중 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>{parent} is picked together with {count} categories inside it ({items}); pick the category or the ones inside it, not both.</source>
        <translation>{parent}와(과) 그 안의 카테고리 {count}개({items})가 함께 선택되었습니다. 상위 카테고리나 그 안의 카테고리 중 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>Gender targeting is limited to some genders, but none is chosen.</source>
        <translation>성별을 일부로 제한했지만 선택한 성별이 없습니다.</translation>
    </message>
    <message>
        <source>Age targeting is limited to some age bands, but none is chosen.</source>
        <translation>나이를 일부로 제한했지만 선택한 연령대가 없습니다.</translation>
    </message>
    <message>
        <source>The ad group is limited to some devices, but none is chosen.</source>
        <translation>디바이스를 일부로 제한했지만 선택한 디바이스가 없습니다.</translation>
    </message>
    <message>
        <source>Target all genders</source>
        <translation>성별 전체로 타겟팅</translation>
    </message>
    <message>
        <source>Target all ages</source>
        <translation>나이 전체로 타겟팅</translation>
    </message>
    <message>
        <source>Use all devices</source>
        <translation>디바이스 전체 사용</translation>
    </message>
    <message>
        <source>Keep it included</source>
        <translation>포함으로 남기기</translation>
    </message>
    <message>
        <source>Keep it excluded</source>
        <translation>제외로 남기기</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&amp;Connection</source>
        <translation type="vanished">연결(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>연결(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose &amp;ad account…</source>
        <translation>광고계정 선택(&amp;A)…</translation>
    </message>
    <message>
        <source>Use &amp;demo data</source>
        <translation>데모 데이터 사용(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>토큰 삭제(&amp;F)</translation>
    </message>
    <message>
        <source>The token will be kept in %1.</source>
        <translation>토큰은 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>No secure password storage was found on this computer, so the token cannot be saved. You can use it for this session only: it is forgotten when the app closes.</source>
        <translation>이 컴퓨터에서 안전한 비밀번호 저장소를 찾지 못해 토큰을 저장할 수 없습니다. 이번 세션에서만 사용할 수 있으며, 앱을 닫으면 토큰은 지워집니다.</translation>
    </message>
    <message>
        <source>Your business token was rejected or has expired. Every pick is kept.</source>
        <translation>비즈니스 토큰이 거부되었거나 만료되었습니다. 선택한 항목은 모두 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Enter a new token…</source>
        <translation>새 토큰 입력…</translation>
    </message>
    <message>
        <source>Checking the token with Kakao Moment…</source>
        <translation>카카오모먼트에서 토큰을 확인하는 중…</translation>
    </message>
    <message>
        <source>The token works. Choose the ad account to use.</source>
        <translation>토큰이 확인되었습니다. 사용할 광고계정을 고르세요.</translation>
    </message>
    <message>
        <source>Checking ad account %1…</source>
        <translation>광고계정 %1 확인 중…</translation>
    </message>
    <message>
        <source>The token works. Use it until the app closes, without saving it?</source>
        <translation>토큰이 확인되었습니다. 저장하지 않고 앱을 닫을 때까지만 사용할까요?</translation>
    </message>
    <message>
        <source>Kakao Moment · ad account %1</source>
        <translation>카카오모먼트 · 광고계정 %1</translation>
    </message>
    <message>
        <source>Connected to ad account %1.</source>
        <translation>광고계정 %1에 연결했습니다.</translation>
    </message>
    <message>
        <source>Connected to ad account %1. Loading its lists…</source>
        <translation>광고계정 %1에 연결했습니다. 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>Demo data · built-in simulator</source>
        <translation>데모 데이터 · 내장 시뮬레이터</translation>
    </message>
    <message>
        <source>Showing demo data, not your ad account.</source>
        <translation>광고계정이 아닌 데모 데이터를 보여 주고 있습니다.</translation>
    </message>
    <message>
        <source>The business token was forgotten. Showing demo data; picks are kept.</source>
        <translation>비즈니스 토큰을 삭제했습니다. 데모 데이터를 보여 주며, 선택한 항목은 그대로 있습니다.</translation>
    </message>
</context>
<context>
    <name>SyncProfileTab</name>
    <message>
        <source>Kakao Login service</source>
        <translation>카카오 로그인 서비스</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>검색용 아이디</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>프로필 ID</translation>
    </message>
    <message>
        <source>Loading Kakao Login users…</source>
        <translation>카카오 로그인 사용자 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>TalkChannelTab</name>
    <message>
        <source>Kakao Talk channel</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>검색용 아이디</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>프로필 ID</translation>
    </message>
    <message>
        <source>Loading Kakao Talk channels…</source>
        <translation>카카오톡 채널 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>TokenForm</name>
    <message>
        <source>Business &amp;token:</source>
        <translation>비즈니스 토큰(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Ad account ID:</source>
        <translation type="vanished">광고계정 ID(&amp;A):</translation>
    </message>
    <message>
        <source>Paste the token from Kakao for Business</source>
        <translation>카카오비즈니스에서 받은 토큰을 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Business token</source>
        <translation>비즈니스 토큰</translation>
    </message>
    <message>
        <source>for example 1234</source>
        <translation type="vanished">예: 1234</translation>
    </message>
    <message>
        <source>Ad account ID</source>
        <translation type="vanished">광고계정 ID</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>이번 세션에서만 사용(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TokenStorage</name>
    <message>
        <source>Could not read the saved token from {where} ({error}). If it is locked, unlock it and try again.</source>
        <translation>{where}에서 저장된 비즈니스 토큰을 읽지 못했습니다({error}). 잠겨 있다면 잠금을 해제한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This computer has no secure password storage, so the token cannot be saved. It can be kept until the app closes instead.</source>
        <translation>이 컴퓨터에는 안전한 비밀번호 저장소가 없어 비즈니스 토큰을 저장할 수 없습니다. 대신 앱을 닫을 때까지만 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not save the token in {where} ({error}). If it is locked, unlock it and try again.</source>
        <translation>{where}에 비즈니스 토큰을 저장하지 못했습니다({error}). 잠겨 있다면 잠금을 해제한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not remove the token from {where} ({error}). If it is locked, unlock it and try again.</source>
        <translation>{where}에서 비즈니스 토큰을 삭제하지 못했습니다({error}). 잠겨 있다면 잠금을 해제한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>WireCheck</name>
    <message>
        <source>Kakao sent {path}, which is not in our wire table; it is kept and sent back unchanged.</source>
        <translation>카카오가 보낸 {path}는 와이어 표에 없는 키입니다. 그대로 보관했다가 바꾸지 않고 돌려보냅니다.</translation>
    </message>
    <message>
        <source>Kakao spells the Pixel &amp; SDK period as {theirs} (a list of period names) where we write {ours} (days). Both are read; this ad group gets its own spelling back.</source>
        <translation>카카오는 픽셀 &amp; SDK 기간을 {theirs}(기간 이름 목록)로 적고, 이 앱은 {ours}(일수)로 적습니다. 둘 다 읽으며, 이 광고그룹에는 카카오의 표기대로 돌려보냅니다.</translation>
    </message>
    <message>
        <source>A Pixel &amp; SDK period is not one period name we know ({names}); its length in days is unknown, and it is sent back as it came.</source>
        <translation>픽셀 &amp; SDK 기간이 아는 기간 이름({names})이 아닙니다. 일수를 알 수 없어 받은 그대로 돌려보냅니다.</translation>
    </message>
    <message>
        <source>Kakao used {names}, which our wire table marks unconfirmed: this ad group confirms the spelling.</source>
        <translation>카카오가 와이어 표에서 미확인으로 표시된 {names}를 썼습니다. 이 광고그룹으로 표기가 확인되었습니다.</translation>
    </message>
</context>
<context>
    <name>WireCheckDialog</name>
    <message>
        <source>Wire check: %1</source>
        <translation>필드 확인: %1</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>확인 결과(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Ad group as Kakao sent it</source>
        <translation>카카오가 보낸 광고그룹 원본(&amp;A)</translation>
    </message>
    <message>
        <source>Every key Kakao sent is in our wire table, spelled as we write it.</source>
        <translation>카카오가 보낸 모든 키가 와이어 표에 있고 철자도 같습니다.</translation>
    </message>
    <message>
        <source>Kakao sent %1 key(s) our wire table does not know and %2 field(s) spelled differently; %3 still-unconfirmed name(s) of ours were confirmed. Nothing is lost: these keys are kept and written back exactly as Kakao sent them.</source>
        <translation>카카오가 보낸 키 중 와이어 표에 없는 키 %1개, 철자가 다른 필드 %2개가 있고, 확인되지 않았던 이름 %3개가 확인되었습니다. 잃는 것은 없습니다. 이 키들은 그대로 보관했다가 카카오가 보낸 모습 그대로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>모르는 키</translation>
    </message>
    <message>
        <source>Other spelling</source>
        <translation>다른 철자</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
</context>
<context>
    <name>_CategoryList</name>
    <message>
        <source>Loading categories…</source>
        <translation>카테고리 불러오는 중…</translation>
    </message>
    <message>
        <source>Picked earlier, but not in the list Kakao Moment returned now</source>
        <translation>이전에 선택했지만 지금 카카오모먼트가 보낸 목록에는 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>카테고리 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>%1 체크</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>%1 체크 해제</translation>
    </message>
</context>
</TS>
